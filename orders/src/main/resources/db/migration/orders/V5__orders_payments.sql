-- The one PaymentIntent of each order group; status mirrors the provider's as last heard.
CREATE TABLE orders_payment (
    group_id    BIGINT       NOT NULL PRIMARY KEY,
    intent_id   VARCHAR(255) NOT NULL,
    amount_fen  BIGINT       NOT NULL,
    currency    CHAR(3)      NOT NULL,
    status      VARCHAR(40)  NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    updated_at  TIMESTAMP(3) NOT NULL,
    UNIQUE KEY uk_orders_payment_intent (intent_id),
    CONSTRAINT fk_orders_payment_group FOREIGN KEY (group_id) REFERENCES orders_group (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
