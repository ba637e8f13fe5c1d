-- Pavilions (特产馆): operator-curated showcases of a region. Every open shop of the region
-- belongs to its pavilion automatically; featured shops come first, in the operator's order.
CREATE TABLE catalog_pavilion (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug        VARCHAR(60)  NOT NULL,
    region_code CHAR(12)     NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NULL,
    story_zh    TEXT         NULL,
    story_en    TEXT         NULL,
    banner_url  VARCHAR(500) NULL,
    position    INT          NOT NULL DEFAULT 0,
    created_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE KEY uk_catalog_pavilion_slug (slug),
    KEY ix_catalog_pavilion_region (region_code),
    CONSTRAINT fk_catalog_pavilion_region FOREIGN KEY (region_code) REFERENCES catalog_region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE catalog_pavilion_shop (
    pavilion_id BIGINT NOT NULL,
    shop_id     BIGINT NOT NULL,
    position    INT    NOT NULL,
    PRIMARY KEY (pavilion_id, shop_id),
    CONSTRAINT fk_catalog_pavilion_shop_pavilion FOREIGN KEY (pavilion_id) REFERENCES catalog_pavilion (id),
    CONSTRAINT fk_catalog_pavilion_shop_shop FOREIGN KEY (shop_id) REFERENCES catalog_shop (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
