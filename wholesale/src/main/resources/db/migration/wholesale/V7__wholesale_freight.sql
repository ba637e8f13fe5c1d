-- A shop's freight for bulk orders by weight (运费): up to each band's kilograms its charge; the
-- band without a limit covers everything heavier. A shop without bands charges its delivery rule.
CREATE TABLE wholesale_freight_band (
    shop_slug VARCHAR(60)   NOT NULL,
    up_to_kg  INT           NOT NULL,
    charge    DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (shop_slug, up_to_kg),
    CONSTRAINT ck_wholesale_freight_band CHECK (up_to_kg > 0 AND charge >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
