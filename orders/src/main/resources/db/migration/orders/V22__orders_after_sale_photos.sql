-- Photos a buyer adds to an after-sale request (the damage, the wrong item); the files live in the
-- media store, named by their content.
CREATE TABLE orders_after_sale_photo (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    after_sale_id BIGINT       NOT NULL,
    media_key     VARCHAR(100) NOT NULL,
    thumbnail_key VARCHAR(100) NOT NULL,
    added_at      TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_orders_after_sale_photo (after_sale_id, id),
    CONSTRAINT fk_orders_after_sale_photo FOREIGN KEY (after_sale_id) REFERENCES orders_after_sale (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
