-- What buyers are told about their orders: shown in the app, and e-mailed when SMTP is configured
-- and the account's login is an e-mail address. event_id makes a redelivered event tell once.
CREATE TABLE orders_notice (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id       VARCHAR(64)  NOT NULL,
    account_id     BIGINT       NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    group_number   VARCHAR(24)  NOT NULL,
    order_number   VARCHAR(24)  NULL,
    details        VARCHAR(400) NULL,
    created_at     TIMESTAMP(3) NOT NULL,
    read_at        TIMESTAMP(3) NULL,
    email_status   VARCHAR(10)  NOT NULL,
    email_attempts INT          NOT NULL DEFAULT 0,
    email_next_at  TIMESTAMP(3) NULL,
    UNIQUE KEY uk_orders_notice_event (event_id),
    KEY ix_orders_notice_account (account_id, id),
    KEY ix_orders_notice_email (email_status, email_next_at),
    CONSTRAINT ck_orders_notice_kind CHECK (kind IN ('PAID', 'READY_FOR_PICKUP', 'SHIPPED', 'REFUNDED')),
    CONSTRAINT ck_orders_notice_email CHECK (email_status IN ('PENDING', 'SENT', 'SKIPPED', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
