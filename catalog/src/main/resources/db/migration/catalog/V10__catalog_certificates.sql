-- 三品一标 certificates a shop submits for a product; an operator verifies or rejects each.
-- Only a verified certificate inside its validity period earns the product a badge.
CREATE TABLE catalog_certificate (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id    BIGINT        NOT NULL,
    shop_id       BIGINT        NOT NULL,
    kind          VARCHAR(30)   NOT NULL,
    number        VARCHAR(60)   NOT NULL,
    issuer        VARCHAR(120)  NOT NULL,
    valid_from    DATE          NOT NULL,
    valid_to      DATE          NOT NULL,
    document_key  VARCHAR(80)   NOT NULL,
    status        VARCHAR(12)   NOT NULL,
    review_note   VARCHAR(500)  NULL,
    reviewed_by   BIGINT        NULL,
    submitted_at  TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    reviewed_at   TIMESTAMP     NULL,
    version       INT           NOT NULL DEFAULT 0,
    UNIQUE KEY uk_catalog_certificate_number (kind, number, product_id),
    KEY ix_catalog_certificate_product (product_id, status),
    KEY ix_catalog_certificate_queue (status, submitted_at),
    CONSTRAINT fk_catalog_certificate_product FOREIGN KEY (product_id) REFERENCES catalog_product (id),
    CONSTRAINT fk_catalog_certificate_shop FOREIGN KEY (shop_id) REFERENCES catalog_shop (id),
    CONSTRAINT ck_catalog_certificate_kind CHECK (kind IN ('POLLUTION_FREE', 'GREEN_FOOD', 'ORGANIC', 'GEOGRAPHICAL_INDICATION')),
    CONSTRAINT ck_catalog_certificate_status CHECK (status IN ('SUBMITTED', 'VERIFIED', 'REJECTED')),
    CONSTRAINT ck_catalog_certificate_validity CHECK (valid_to >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
