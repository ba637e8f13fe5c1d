-- Money given back on an order, in one or more parts; the order is REFUNDED once all of it is.
CREATE TABLE orders_refund (
    order_id   BIGINT        NOT NULL,
    seq        INT           NOT NULL,
    amount     DECIMAL(12,2) NOT NULL,
    refund_id  VARCHAR(255)  NOT NULL,
    reason     VARCHAR(200)  NOT NULL,
    actor_id   BIGINT        NOT NULL,
    at         TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (order_id, seq),
    CONSTRAINT fk_orders_refund_order FOREIGN KEY (order_id) REFERENCES orders_order (id),
    CONSTRAINT ck_orders_refund_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
