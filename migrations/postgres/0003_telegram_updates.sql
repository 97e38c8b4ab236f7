-- Telegram updates already answered, so that an update Telegram sends again (after a crash or a
-- timeout) is answered once. Update ids only: no chat, no content. Kept 24 hours, as long as
-- Telegram keeps an update it could not deliver.
CREATE TABLE telegram_updates (
    update_id  BIGINT PRIMARY KEY,
    handled_at BIGINT NOT NULL -- unix seconds
);
CREATE INDEX telegram_updates_handled_at ON telegram_updates (handled_at);

-- Leases: one holder at a time for work only one process may do (long polling a bot's updates).
CREATE TABLE leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,   -- a random id of the process, made at start
    expires_at BIGINT NOT NULL -- unix seconds; the holder renews it
);
