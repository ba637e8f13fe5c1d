-- Money given back after payment on orders that claimed campaign discounts, as orders tell it
-- (OrderRefunded, once per event): one row per line the refund names (an after-sale's lines), or
-- one row without a SKU for an amount on the whole order. The campaign report takes off what went
-- back for the campaign's lines, and all of an order refunded in full; a refund that names no line
-- is counted, not shared out.
CREATE TABLE promotions_refund (
    event_id     CHAR(36)      NOT NULL,
    line         INT           NOT NULL,
    order_number VARCHAR(40)   NOT NULL,
    sku_id       BIGINT        NULL,
    amount       DECIMAL(12,2) NOT NULL,
    complete     BOOLEAN       NOT NULL,
    refunded_at  TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (event_id, line),
    KEY ix_promotions_refund_order (order_number, sku_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
