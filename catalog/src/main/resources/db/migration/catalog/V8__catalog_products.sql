-- Products a shop sells, each with one or more SKUs (spec, unit, weight, exact price, stock).
-- harvest_months is a 12-bit set: bit 0 = January ... bit 11 = December.
CREATE TABLE catalog_product (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    shop_id         BIGINT        NOT NULL,
    category_id     BIGINT        NOT NULL,
    title_zh        VARCHAR(120)  NOT NULL,
    title_en        VARCHAR(160)  NULL,
    description_zh  TEXT          NOT NULL,
    description_en  TEXT          NULL,
    origin_code     CHAR(12)      NOT NULL,
    temperature     VARCHAR(10)   NOT NULL,
    shelf_life_days INT           NOT NULL,
    harvest_months  INT           NOT NULL DEFAULT 0,
    poverty_relief  BOOLEAN       NOT NULL DEFAULT FALSE,
    status          VARCHAR(12)   NOT NULL,
    published_at    TIMESTAMP     NULL,
    created_at      TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    version         INT           NOT NULL DEFAULT 0,
    KEY ix_catalog_product_shop (shop_id, status),
    KEY ix_catalog_product_listing (status, published_at),
    KEY ix_catalog_product_category (category_id, status),
    KEY ix_catalog_product_origin (origin_code, status),
    CONSTRAINT fk_catalog_product_shop FOREIGN KEY (shop_id) REFERENCES catalog_shop (id),
    CONSTRAINT fk_catalog_product_category FOREIGN KEY (category_id) REFERENCES catalog_category (id),
    CONSTRAINT fk_catalog_product_origin FOREIGN KEY (origin_code) REFERENCES catalog_region (code),
    CONSTRAINT ck_catalog_product_temperature CHECK (temperature IN ('AMBIENT', 'CHILLED', 'FROZEN')),
    CONSTRAINT ck_catalog_product_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'UNPUBLISHED')),
    CONSTRAINT ck_catalog_product_months CHECK (harvest_months BETWEEN 0 AND 4095),
    CONSTRAINT ck_catalog_product_shelf_life CHECK (shelf_life_days > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- available can never go below zero, whatever the application does (conditional decrements).
CREATE TABLE catalog_sku (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id       BIGINT         NOT NULL,
    position         INT            NOT NULL,
    spec_zh          VARCHAR(60)    NOT NULL,
    spec_en          VARCHAR(80)    NULL,
    unit             VARCHAR(10)    NOT NULL,
    net_weight_grams INT            NOT NULL,
    price            DECIMAL(12, 2) NOT NULL,
    available        INT            NOT NULL DEFAULT 0,
    version          INT            NOT NULL DEFAULT 0,
    KEY ix_catalog_sku_product (product_id, position),
    CONSTRAINT fk_catalog_sku_product FOREIGN KEY (product_id) REFERENCES catalog_product (id),
    CONSTRAINT ck_catalog_sku_available CHECK (available >= 0),
    CONSTRAINT ck_catalog_sku_price CHECK (price > 0),
    CONSTRAINT ck_catalog_sku_weight CHECK (net_weight_grams > 0),
    CONSTRAINT ck_catalog_sku_unit CHECK (unit IN ('JIN', 'KG', 'BOX', 'GIFT_BOX', 'BAG', 'BOTTLE', 'JAR', 'PIECE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
