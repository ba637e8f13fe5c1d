-- The relay retries a failed event later instead of blocking the ones behind it.
ALTER TABLE catalog_outbox
    ADD COLUMN next_attempt_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ADD COLUMN last_error      VARCHAR(500) NULL,
    DROP INDEX ix_catalog_outbox_pending,
    ADD INDEX ix_catalog_outbox_pending (published_at, next_attempt_at, id);
