-- After-sale requests (售后): a buyer asks for money back, or to return the goods, on a paid order;
-- the shop answers, an operator decides disputes. open_order_id holds the order's id while the
-- request is open and NULL once it ends, so an order has at most one open request even when two
-- arrive at once.
CREATE TABLE orders_after_sale (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    order_id      BIGINT        NOT NULL,
    open_order_id BIGINT        NULL,
    kind          VARCHAR(10)   NOT NULL,
    reason        VARCHAR(16)   NOT NULL,
    amount        DECIMAL(12,2) NOT NULL,
    details       VARCHAR(500)  NULL,
    state         VARCHAR(16)   NOT NULL,
    created_at    TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_orders_after_sale_open (open_order_id),
    KEY ix_orders_after_sale_order (order_id),
    KEY ix_orders_after_sale_state (state),
    CONSTRAINT fk_orders_after_sale_order FOREIGN KEY (order_id) REFERENCES orders_order (id),
    CONSTRAINT ck_orders_after_sale_kind CHECK (kind IN ('REFUND', 'RETURN')),
    CONSTRAINT ck_orders_after_sale_reason
        CHECK (reason IN ('QUALITY', 'DAMAGED', 'WRONG_ITEM', 'MISSING', 'NOT_RECEIVED', 'OTHER')),
    CONSTRAINT ck_orders_after_sale_state CHECK (state IN
        ('REQUESTED', 'GOODS_REQUESTED', 'REFUSED', 'DISPUTED', 'REFUNDED', 'UPHELD', 'WITHDRAWN')),
    CONSTRAINT ck_orders_after_sale_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE orders_after_sale_step (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    after_sale_id BIGINT        NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    actor_id      BIGINT        NOT NULL,
    actor_role    VARCHAR(20)   NOT NULL,
    note          VARCHAR(200)  NULL,
    at            TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_orders_after_sale_step (after_sale_id, id),
    CONSTRAINT fk_orders_after_sale_step FOREIGN KEY (after_sale_id) REFERENCES orders_after_sale (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
