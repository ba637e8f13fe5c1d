-- How a SKU may be bought: at least min_quantity units, then in steps of quantity_step (a box of
-- 6 jars sold by the box, a wholesale minimum), and at most max_per_order units in one order (a
-- limit on a scarce festival item). NULL max_per_order means no limit beyond the stock.
ALTER TABLE catalog_sku
    ADD COLUMN min_quantity  INT NOT NULL DEFAULT 1,
    ADD COLUMN quantity_step INT NOT NULL DEFAULT 1,
    ADD COLUMN max_per_order INT NULL,
    ADD CONSTRAINT ck_catalog_sku_purchase CHECK (min_quantity >= 1 AND quantity_step >= 1
        AND (max_per_order IS NULL OR max_per_order >= min_quantity));
