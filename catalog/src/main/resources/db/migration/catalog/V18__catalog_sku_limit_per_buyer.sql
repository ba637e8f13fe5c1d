-- 限购 per person: at most max_per_buyer units of the SKU for one buyer across their orders of the
-- last buyer_window_days days (not cancelled or refunded). NULL means no such limit.
ALTER TABLE catalog_sku
    ADD COLUMN max_per_buyer     INT NULL,
    ADD COLUMN buyer_window_days INT NOT NULL DEFAULT 30,
    ADD CONSTRAINT ck_catalog_sku_per_buyer CHECK ((max_per_buyer IS NULL OR max_per_buyer >= min_quantity)
        AND buyer_window_days BETWEEN 1 AND 366);
