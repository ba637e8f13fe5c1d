-- Staff accounts (platform_account, owned by the platform) each work for exactly one shop.
-- No foreign key into the platform's table: modules never bind to another module's schema.
CREATE TABLE catalog_shop_staff (
    account_id BIGINT    NOT NULL PRIMARY KEY,
    shop_id    BIGINT    NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    KEY ix_catalog_shop_staff_shop (shop_id),
    CONSTRAINT fk_catalog_shop_staff_shop FOREIGN KEY (shop_id) REFERENCES catalog_shop (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
