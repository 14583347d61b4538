-- An agent's calendar feed is reached by a secret token in its URL (calendar apps cannot sign in). Only the token's
-- SHA-256 is kept, so a copy of the database opens no feed; one token per agent, and rotating replaces it.
CREATE TABLE calendar_feed_token (
    agent_id    VARCHAR(64)              PRIMARY KEY REFERENCES agent (id) ON DELETE CASCADE,
    token_hash  VARCHAR(64)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
