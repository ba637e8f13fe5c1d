-- The pricing pipeline's order-level discounts (thresholds, coupons) shared to the cent among the
-- lines they cover: line_total is what the buyer paid for the line (unit_price x quantity - discount),
-- so a refund of some of its units returns exactly their share.
ALTER TABLE orders_line
    ADD COLUMN discount DECIMAL(12,2) NOT NULL DEFAULT 0.00 AFTER quantity,
    ADD CONSTRAINT ck_orders_line_amounts CHECK (discount >= 0 AND line_total >= 0
        AND line_total = unit_price * quantity - discount);

-- Every discount applied at checkout, per line (or on an order's delivery: no SKU), with why and
-- who funds it, for the buyer's order page, refunds and the funders' settlement.
CREATE TABLE orders_adjustment (
    id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id BIGINT        NOT NULL,
    sku_id   BIGINT        NULL,
    stage    VARCHAR(20)   NOT NULL,
    amount   DECIMAL(12,2) NOT NULL,
    label    VARCHAR(100)  NOT NULL,
    source   VARCHAR(60)   NOT NULL,
    funder   VARCHAR(12)   NOT NULL,
    KEY ix_orders_adjustment_order (order_id, sku_id),
    KEY ix_orders_adjustment_source (source),
    CONSTRAINT fk_orders_adjustment_order FOREIGN KEY (order_id) REFERENCES orders_order (id),
    CONSTRAINT ck_orders_adjustment_amount CHECK (amount > 0),
    CONSTRAINT ck_orders_adjustment_stage CHECK (stage IN ('BASE_PRICE', 'ITEM_PRICE', 'SHOP_THRESHOLD',
        'PLATFORM_THRESHOLD', 'COUPON', 'DELIVERY')),
    CONSTRAINT ck_orders_adjustment_funder CHECK (funder IN ('PLATFORM', 'SHOP', 'PAVILION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
