-- Conversations: one row per chat, keyed by HMAC-SHA256(secret, channel + chat id).
-- `state` holds answers as ids (country, situations, ...); never free text, names or chat ids.
CREATE TABLE conversations (
    key        TEXT PRIMARY KEY NOT NULL,
    state      TEXT NOT NULL,
    locale     TEXT NOT NULL,
    updated_at INTEGER NOT NULL, -- unix seconds
    version    INTEGER NOT NULL  -- optimistic concurrency: +1 on every write
);
CREATE INDEX conversations_updated_at ON conversations (updated_at);

-- Anonymous daily counts: no identifiers of any kind.
CREATE TABLE daily_stats (
    day     TEXT NOT NULL, -- YYYY-MM-DD
    channel TEXT NOT NULL,
    country TEXT NOT NULL,
    item    TEXT NOT NULL, -- "assessment", "finding:<id>" or "pattern:<id>"
    count   INTEGER NOT NULL,
    PRIMARY KEY (day, channel, country, item)
);

-- Every rule set that was loaded or refused.
CREATE TABLE ruleset_audit (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    version     TEXT NOT NULL,
    loaded_at   INTEGER NOT NULL, -- unix seconds
    outcome     TEXT NOT NULL,    -- "accepted" or "rejected"
    diagnostics TEXT NOT NULL
);
