-- Every answered question, so feedback can point at it and operators can read what users asked.
CREATE TABLE conversation_turn (
    message_id     VARCHAR(64)   NOT NULL PRIMARY KEY,
    session_id     VARCHAR(128)  NOT NULL,
    channel        VARCHAR(16)   NOT NULL,
    question       VARCHAR(1000) NOT NULL,
    answer         VARCHAR(4000) NOT NULL,
    abstained      BOOLEAN       NOT NULL,
    cited_source   VARCHAR(255),
    cited_sentence VARCHAR(4000),
    created_at     TIMESTAMP     NOT NULL
);
CREATE INDEX conversation_turn_session ON conversation_turn (session_id, created_at);

-- One rating per answer; a second vote on the same answer replaces the first.
CREATE TABLE feedback (
    message_id VARCHAR(64)   NOT NULL PRIMARY KEY REFERENCES conversation_turn (message_id),
    rating     VARCHAR(4)    NOT NULL,
    comment    VARCHAR(1000),
    created_at TIMESTAMP     NOT NULL
);
