-- What an after-sale request is about: which of the order's lines, how many of each, and what they
-- were worth as bought (title and spec copied, so the request reads the same after a product changes).
CREATE TABLE orders_after_sale_line (
    after_sale_id BIGINT        NOT NULL,
    sku_id        BIGINT        NOT NULL,
    title_zh      VARCHAR(200)  NOT NULL,
    spec_zh       VARCHAR(100)  NOT NULL,
    quantity      INT           NOT NULL,
    worth         DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (after_sale_id, sku_id),
    CONSTRAINT fk_orders_after_sale_line FOREIGN KEY (after_sale_id) REFERENCES orders_after_sale (id),
    CONSTRAINT ck_orders_after_sale_line_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
