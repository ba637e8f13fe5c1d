-- Every stock receipt is a batch with a public trace code (来源可溯): where and when it was
-- harvested, what went into it, how it was inspected and processed. remaining counts the
-- batch's units not yet allocated to orders; a recall takes them off sale.
CREATE TABLE catalog_batch (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trace_code           CHAR(12)     NOT NULL,
    sku_id               BIGINT       NOT NULL,
    product_id           BIGINT       NOT NULL,
    shop_id              BIGINT       NOT NULL,
    quantity             INT          NOT NULL,
    remaining            INT          NOT NULL,
    harvest_date         DATE         NOT NULL,
    base_plot            VARCHAR(120) NOT NULL,
    inputs               TEXT         NULL,
    inspection_agency    VARCHAR(120) NULL,
    inspection_report    VARCHAR(60)  NULL,
    inspection_result    VARCHAR(16)  NOT NULL,
    processing_steps     TEXT         NULL,
    received_at          TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    recalled_at          TIMESTAMP    NULL,
    recall_reason        VARCHAR(500) NULL,
    version              INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uk_catalog_batch_trace (trace_code),
    KEY ix_catalog_batch_sku (sku_id, harvest_date),
    KEY ix_catalog_batch_product (product_id),
    CONSTRAINT fk_catalog_batch_sku FOREIGN KEY (sku_id) REFERENCES catalog_sku (id),
    CONSTRAINT fk_catalog_batch_product FOREIGN KEY (product_id) REFERENCES catalog_product (id),
    CONSTRAINT fk_catalog_batch_shop FOREIGN KEY (shop_id) REFERENCES catalog_shop (id),
    CONSTRAINT ck_catalog_batch_quantity CHECK (quantity > 0),
    CONSTRAINT ck_catalog_batch_remaining CHECK (remaining >= 0 AND remaining <= quantity),
    CONSTRAINT ck_catalog_batch_inspection CHECK (inspection_result IN ('PASSED', 'NOT_INSPECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
