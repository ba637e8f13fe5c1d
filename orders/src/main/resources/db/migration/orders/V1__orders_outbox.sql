-- Events the orders module publishes, written in the same transaction as the change they describe
-- and handed to subscribers by a relay that claims rows with SKIP LOCKED.
CREATE TABLE orders_outbox (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id     CHAR(36)     NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    payload      JSON         NOT NULL,
    created_at   TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    published_at TIMESTAMP    NULL,
    attempts     INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uk_orders_outbox_event (event_id),
    KEY ix_orders_outbox_pending (published_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
