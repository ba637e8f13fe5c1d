-- A shop's price list for one kind of organisation (all canteens, say) or for one organisation,
-- valid from a day to a day (or open-ended): its prices per pack override the offer's tiers.
CREATE TABLE wholesale_price_list (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    shop_slug         VARCHAR(60)  NOT NULL,
    name              VARCHAR(60)  NOT NULL,
    organisation_kind VARCHAR(12)  NULL,
    organisation_id   BIGINT       NULL,
    valid_from        DATE         NOT NULL,
    valid_to          DATE         NULL,
    created_by        BIGINT       NOT NULL,
    created_at        TIMESTAMP(3) NOT NULL,
    KEY ix_wholesale_price_list_shop (shop_slug, valid_from),
    KEY ix_wholesale_price_list_organisation (organisation_id),
    CONSTRAINT fk_wholesale_price_list_organisation FOREIGN KEY (organisation_id) REFERENCES wholesale_organisation (id),
    CONSTRAINT ck_wholesale_price_list_for CHECK ((organisation_kind IS NULL) <> (organisation_id IS NULL)),
    CONSTRAINT ck_wholesale_price_list_kind CHECK (organisation_kind IS NULL
        OR organisation_kind IN ('CANTEEN', 'SUPERMARKET', 'RESTAURANT', 'DISTRIBUTOR')),
    CONSTRAINT ck_wholesale_price_list_days CHECK (valid_to IS NULL OR valid_to >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE wholesale_list_price (
    price_list_id BIGINT        NOT NULL,
    sku_id        BIGINT        NOT NULL,
    unit_price    DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (price_list_id, sku_id),
    KEY ix_wholesale_list_price_sku (sku_id),
    CONSTRAINT fk_wholesale_list_price_list FOREIGN KEY (price_list_id) REFERENCES wholesale_price_list (id) ON DELETE CASCADE,
    CONSTRAINT ck_wholesale_list_price CHECK (unit_price > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
