-- Message ids in a chat (the bot's and the person's), so that "forget me" can delete them from
-- the phone. Ids only: never the text. Keyed like conversations, by the HMAC of the chat.
CREATE TABLE chat_messages (
    key        TEXT NOT NULL,
    message_id BIGINT NOT NULL,
    sent_at    BIGINT NOT NULL, -- unix seconds; Telegram deletes only the last 48 hours
    PRIMARY KEY (key, message_id)
);
CREATE INDEX chat_messages_sent_at ON chat_messages (sent_at);
