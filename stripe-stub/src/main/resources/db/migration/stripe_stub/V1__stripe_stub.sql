-- State of the Stripe-compatible stub. Objects are kept as the JSON Stripe would return.
CREATE TABLE stripe_stub_payment_intent (
    id         VARCHAR(40) NOT NULL PRIMARY KEY,
    status     VARCHAR(40) NOT NULL,
    -- The test card number given as payment_method_data; it decides how confirmation ends.
    card       VARCHAR(32) NULL,
    body       JSON        NOT NULL,
    created_at TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stripe_stub_refund (
    id             VARCHAR(40) NOT NULL PRIMARY KEY,
    payment_intent VARCHAR(40) NOT NULL,
    amount         BIGINT      NOT NULL,
    body           JSON        NOT NULL,
    created_at     TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    KEY ix_stripe_stub_refund_pi (payment_intent)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Stripe keeps idempotency keys for at least 24 hours; so do we (rows older are purged).
CREATE TABLE stripe_stub_idempotency (
    idempotency_key VARCHAR(255) NOT NULL PRIMARY KEY,
    fingerprint     CHAR(64)     NOT NULL,
    status          INT          NULL,
    body            MEDIUMTEXT   NULL,
    created_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Webhook events waiting for (re)delivery, claimed with SKIP LOCKED by any replica.
CREATE TABLE stripe_stub_webhook (
    event_id        VARCHAR(40)  NOT NULL PRIMARY KEY,
    event_type      VARCHAR(80)  NOT NULL,
    payload         MEDIUMTEXT   NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    delivered_at    TIMESTAMP    NULL,
    abandoned_at    TIMESTAMP    NULL,
    last_error      VARCHAR(500) NULL,
    created_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    KEY ix_stripe_stub_webhook_due (delivered_at, abandoned_at, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
