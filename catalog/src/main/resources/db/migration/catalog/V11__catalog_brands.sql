-- Regional public brands (区域公共品牌): owned by a region's association and licensed to shops
-- for a period. A product shows its brand only while its shop's licence is valid.
CREATE TABLE catalog_brand (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug         VARCHAR(60)   NOT NULL,
    name_zh      VARCHAR(60)   NOT NULL,
    name_en      VARCHAR(80)   NULL,
    region_code  CHAR(12)      NOT NULL,
    owner_zh     VARCHAR(120)  NOT NULL,
    created_at   TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE KEY uk_catalog_brand_slug (slug),
    CONSTRAINT fk_catalog_brand_region FOREIGN KEY (region_code) REFERENCES catalog_region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE catalog_brand_licence (
    id          BIGINT     NOT NULL AUTO_INCREMENT PRIMARY KEY,
    brand_id    BIGINT     NOT NULL,
    shop_id     BIGINT     NOT NULL,
    valid_from  DATE       NOT NULL,
    valid_to    DATE       NOT NULL,
    created_at  TIMESTAMP  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    KEY ix_catalog_brand_licence_shop (shop_id, brand_id, valid_to),
    CONSTRAINT fk_catalog_brand_licence_brand FOREIGN KEY (brand_id) REFERENCES catalog_brand (id),
    CONSTRAINT fk_catalog_brand_licence_shop FOREIGN KEY (shop_id) REFERENCES catalog_shop (id),
    CONSTRAINT ck_catalog_brand_licence_period CHECK (valid_to >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE catalog_product
    ADD COLUMN brand_id BIGINT NULL AFTER category_id,
    ADD CONSTRAINT fk_catalog_product_brand FOREIGN KEY (brand_id) REFERENCES catalog_brand (id);
