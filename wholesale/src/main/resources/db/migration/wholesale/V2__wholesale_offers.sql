-- SKUs a shop sells wholesale: one SKU unit is one pack; quantities from a minimum in steps up to a
-- maximum; prices by tier (one row per tier, the first at the minimum).
CREATE TABLE wholesale_offer (
    sku_id          BIGINT        NOT NULL PRIMARY KEY,
    product_id      BIGINT        NOT NULL,
    shop_slug       VARCHAR(60)   NOT NULL,
    title_zh        VARCHAR(200)  NOT NULL,
    spec_zh         VARCHAR(100)  NOT NULL,
    pack            VARCHAR(8)    NOT NULL,
    pack_net_grams  INT           NOT NULL,
    min_packs       INT           NOT NULL,
    increment       INT           NOT NULL,
    max_packs       INT           NULL,
    grade           VARCHAR(8)    NULL,
    grade_standard  VARCHAR(60)   NULL,
    updated_by      BIGINT        NOT NULL,
    updated_at      TIMESTAMP(3)  NOT NULL,
    KEY ix_wholesale_offer_shop (shop_slug),
    CONSTRAINT ck_wholesale_offer_pack CHECK (pack IN ('BOX', 'CASE', 'BAG')),
    CONSTRAINT ck_wholesale_offer_grade CHECK (grade IS NULL OR grade IN ('SPECIAL', 'FIRST', 'SECOND')),
    CONSTRAINT ck_wholesale_offer_quantities CHECK (pack_net_grams > 0 AND min_packs > 0 AND increment > 0
        AND (max_packs IS NULL OR max_packs >= min_packs))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE wholesale_tier (
    sku_id     BIGINT        NOT NULL,
    min_packs  INT           NOT NULL,
    unit_price DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (sku_id, min_packs),
    CONSTRAINT fk_wholesale_tier_offer FOREIGN KEY (sku_id) REFERENCES wholesale_offer (sku_id) ON DELETE CASCADE,
    CONSTRAINT ck_wholesale_tier_price CHECK (unit_price > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
