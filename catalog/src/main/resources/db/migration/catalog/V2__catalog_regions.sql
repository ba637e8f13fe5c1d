-- Administrative regions keyed by the national 12-digit division code. The code's leading digits
-- name its ancestors, so "everything in Yongtai" is code LIKE '350125%'.
CREATE TABLE catalog_region (
    code        CHAR(12)     NOT NULL PRIMARY KEY,
    parent_code CHAR(12)     NULL,
    level       VARCHAR(10)  NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NULL,
    created_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    KEY ix_catalog_region_parent (parent_code, code),
    CONSTRAINT fk_catalog_region_parent FOREIGN KEY (parent_code) REFERENCES catalog_region (code),
    CONSTRAINT ck_catalog_region_level CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
