-- One shop per cooperative, family farm, producing base or leading enterprise (一村一品一店):
-- located in a village, naming the village's specialty, approved by an operator before it sells.
CREATE TABLE catalog_shop (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug                  VARCHAR(60)  NOT NULL,
    kind                  VARCHAR(20)  NOT NULL,
    name_zh               VARCHAR(100) NOT NULL,
    name_en               VARCHAR(100) NULL,
    village_code          CHAR(12)     NOT NULL,
    specialty_zh          VARCHAR(100) NOT NULL,
    contact_name          VARCHAR(60)  NOT NULL,
    contact_phone         VARCHAR(20)  NOT NULL,
    business_licence      CHAR(18)     NOT NULL,
    food_business_licence VARCHAR(20)  NULL,
    status                VARCHAR(20)  NOT NULL,
    created_at            TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at            TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    version               INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uk_catalog_shop_slug (slug),
    UNIQUE KEY uk_catalog_shop_licence (business_licence),
    KEY ix_catalog_shop_village (village_code, status),
    CONSTRAINT fk_catalog_shop_village FOREIGN KEY (village_code) REFERENCES catalog_region (code),
    CONSTRAINT ck_catalog_shop_status CHECK (status IN ('APPLIED', 'APPROVED', 'SUSPENDED')),
    CONSTRAINT ck_catalog_shop_kind CHECK (kind IN ('COOPERATIVE', 'FAMILY_FARM', 'PRODUCING_BASE', 'LEADING_ENTERPRISE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
