-- Each shop's delivery charge: FLAT (base_fee per order) or BY_WEIGHT (base_fee for the first kg,
-- per_extra_kg for each started kg above it), waived from free_from (goods total) when set.
-- A shop without a row charges the marketplace default (flat ¥10, free from ¥99).
CREATE TABLE orders_shipping_rule (
    shop_slug    VARCHAR(60)   NOT NULL PRIMARY KEY,
    kind         VARCHAR(10)   NOT NULL,
    base_fee     DECIMAL(8,2)  NOT NULL,
    per_extra_kg DECIMAL(8,2)  NULL,
    free_from    DECIMAL(12,2) NULL,
    updated_by   BIGINT        NOT NULL,
    updated_at   TIMESTAMP(3)  NOT NULL,
    CONSTRAINT ck_orders_shipping_rule_kind CHECK (kind IN ('FLAT', 'BY_WEIGHT')),
    CONSTRAINT ck_orders_shipping_rule_fees CHECK (base_fee >= 0 AND (per_extra_kg IS NULL OR per_extra_kg >= 0)
        AND (free_from IS NULL OR free_from > 0) AND (kind = 'FLAT' OR per_extra_kg IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
