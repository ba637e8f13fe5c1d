-- Events this module has already handled: outbox delivery is at-least-once, so subscribers
-- record the event id in the transaction that applies it and skip repeats.
CREATE TABLE promotions_processed_event (
    event_id     CHAR(36)  NOT NULL PRIMARY KEY,
    processed_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
