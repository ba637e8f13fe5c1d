-- One checkout makes an order group (one payment) with one order per shop (one fulfilment each).
-- (account_id, idempotency_key) makes a repeated checkout return the same group, never a second.
CREATE TABLE orders_group (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number          VARCHAR(24)   NOT NULL,
    account_id      BIGINT        NOT NULL,
    idempotency_key VARCHAR(100)  NOT NULL,
    request_hash    CHAR(64)      NOT NULL,
    goods_total     DECIMAL(12,2) NOT NULL,
    shipping_total  DECIMAL(12,2) NOT NULL,
    total           DECIMAL(12,2) NOT NULL,
    recipient       VARCHAR(60)   NOT NULL,
    phone           VARCHAR(20)   NOT NULL,
    region_code     CHAR(12)      NOT NULL,
    street          VARCHAR(200)  NOT NULL,
    pay_before      TIMESTAMP(3)  NOT NULL,
    created_at      TIMESTAMP(3)  NOT NULL,
    UNIQUE KEY uk_orders_group_number (number),
    UNIQUE KEY uk_orders_group_idempotency (account_id, idempotency_key),
    KEY ix_orders_group_account (account_id, created_at),
    CONSTRAINT ck_orders_group_totals CHECK (total = goods_total + shipping_total AND goods_total >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE orders_order (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number       VARCHAR(24)   NOT NULL,
    group_id     BIGINT        NOT NULL,
    shop_slug    VARCHAR(60)   NOT NULL,
    shop_name_zh VARCHAR(100)  NOT NULL,
    state        VARCHAR(20)   NOT NULL,
    goods_total  DECIMAL(12,2) NOT NULL,
    shipping     DECIMAL(12,2) NOT NULL,
    total        DECIMAL(12,2) NOT NULL,
    UNIQUE KEY uk_orders_order_number (number),
    KEY ix_orders_order_group (group_id),
    KEY ix_orders_order_shop (shop_slug, state),
    CONSTRAINT fk_orders_order_group FOREIGN KEY (group_id) REFERENCES orders_group (id),
    CONSTRAINT ck_orders_order_state CHECK (state IN ('PENDING_PAYMENT', 'PAID', 'PACKED', 'SHIPPED',
        'READY_FOR_PICKUP', 'DELIVERED', 'PICKED_UP', 'COMPLETED', 'CANCELLED', 'REFUNDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What was bought at which price: copied at checkout, so later catalog edits change no order.
CREATE TABLE orders_line (
    order_id   BIGINT        NOT NULL,
    sku_id     BIGINT        NOT NULL,
    product_id BIGINT        NOT NULL,
    title_zh   VARCHAR(200)  NOT NULL,
    spec_zh    VARCHAR(100)  NOT NULL,
    list_price DECIMAL(12,2) NOT NULL,
    unit_price DECIMAL(12,2) NOT NULL,
    quantity   INT           NOT NULL,
    line_total DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (order_id, sku_id),
    CONSTRAINT fk_orders_line_order FOREIGN KEY (order_id) REFERENCES orders_order (id),
    CONSTRAINT ck_orders_line_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every state an order entered, who moved it and when: the order's timeline.
CREATE TABLE orders_transition (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id   BIGINT       NOT NULL,
    from_state VARCHAR(20)  NULL,
    to_state   VARCHAR(20)  NOT NULL,
    actor_id   BIGINT       NULL,
    actor_role VARCHAR(20)  NULL,
    note       VARCHAR(200) NULL,
    at         TIMESTAMP(3) NOT NULL,
    KEY ix_orders_transition_order (order_id, id),
    CONSTRAINT fk_orders_transition_order FOREIGN KEY (order_id) REFERENCES orders_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
