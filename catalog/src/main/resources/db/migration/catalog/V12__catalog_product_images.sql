-- Product photos: the original and a thumbnail, both in the media store, shown in position order.
CREATE TABLE catalog_product_image (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id     BIGINT       NOT NULL,
    position       INT          NOT NULL,
    media_key      VARCHAR(80)  NOT NULL,
    thumbnail_key  VARCHAR(80)  NOT NULL,
    created_at     TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    KEY ix_catalog_product_image_product (product_id, position),
    KEY ix_catalog_product_image_media (media_key),
    KEY ix_catalog_product_image_thumbnail (thumbnail_key),
    CONSTRAINT fk_catalog_product_image_product FOREIGN KEY (product_id) REFERENCES catalog_product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
