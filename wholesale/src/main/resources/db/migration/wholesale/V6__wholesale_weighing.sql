-- Produce sold by weight declares the shortfall it tolerates per line (percent of the net weight).
ALTER TABLE wholesale_offer ADD COLUMN weight_tolerance_pct DECIMAL(4, 2) NULL;

-- 称重: a bulk order's line weighed at packing, once. Within the tolerance a shortfall is refunded
-- at once; beyond it the buyer accepts the line at its weight or refuses it (refunded whole).
CREATE TABLE wholesale_weighing (
    order_number     VARCHAR(24)   NOT NULL,
    sku_id           BIGINT        NOT NULL,
    group_number     VARCHAR(24)   NOT NULL,
    shop_slug        VARCHAR(60)   NOT NULL,
    title_zh         VARCHAR(200)  NOT NULL,
    packs            INT           NOT NULL,
    expected_grams   BIGINT        NOT NULL,
    actual_grams     BIGINT        NOT NULL,
    tolerance_pct    DECIMAL(4, 2) NOT NULL,
    line_total       DECIMAL(12, 2) NOT NULL,
    shortfall_amount DECIMAL(12, 2) NOT NULL,
    state            VARCHAR(10)   NOT NULL,
    weighed_by       BIGINT        NOT NULL,
    weighed_at       TIMESTAMP(3)  NOT NULL,
    answered_by      BIGINT        NULL,
    answered_at      TIMESTAMP(3)  NULL,
    PRIMARY KEY (order_number, sku_id),
    KEY ix_wholesale_weighing_group (group_number),
    CONSTRAINT ck_wholesale_weighing_state CHECK (state IN ('SETTLED', 'WAITING', 'ACCEPTED', 'REFUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
