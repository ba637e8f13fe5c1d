-- Every verified payment webhook, kept before it is acknowledged so no payment news is lost;
-- Stripe delivers at least once and in any order, so the event id makes repeats harmless.
CREATE TABLE orders_payment_event (
    event_id     VARCHAR(255) NOT NULL PRIMARY KEY,
    event_type   VARCHAR(100) NOT NULL,
    payload      MEDIUMTEXT   NOT NULL,
    received_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    processed_at TIMESTAMP    NULL,
    KEY ix_orders_payment_event_pending (processed_at, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
