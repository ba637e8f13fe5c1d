-- Operators' picks (精选) of a pavilion: products of the pavilion's region shown before the rest,
-- in the operator's order. A pick of a product that leaves sale simply stops showing.
CREATE TABLE catalog_pavilion_product (
    pavilion_id BIGINT NOT NULL,
    product_id  BIGINT NOT NULL,
    position    INT    NOT NULL,
    PRIMARY KEY (pavilion_id, product_id),
    KEY ix_catalog_pavilion_product_order (pavilion_id, position),
    CONSTRAINT fk_catalog_pavilion_product_pavilion FOREIGN KEY (pavilion_id) REFERENCES catalog_pavilion (id),
    CONSTRAINT fk_catalog_pavilion_product_product FOREIGN KEY (product_id) REFERENCES catalog_product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
