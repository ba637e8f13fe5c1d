-- Units sold per product, counted from paid checkouts: what "best selling" sorts by.
CREATE TABLE search_product_sales (
    product_id BIGINT NOT NULL PRIMARY KEY,
    sold       BIGINT NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
