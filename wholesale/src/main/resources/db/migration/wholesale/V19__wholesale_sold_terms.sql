-- The offer's terms each bulk order line was sold under: the pack's net weight and the weighing
-- tolerance (称重结算) and the grade (等级不符) hold the shop to what the buyer bought, whatever the
-- offer says when the line is packed. Written right after the order is placed; a line without a
-- row (an order placed before this table, or a crash in between) falls back to the offer as it is.
CREATE TABLE wholesale_sold_terms (
    order_number         VARCHAR(40)  NOT NULL,
    sku_id               BIGINT       NOT NULL,
    pack_net_grams       INT          NOT NULL,
    weight_tolerance_pct DECIMAL(4,2) NULL,
    grade                VARCHAR(8)   NULL,
    sold_at              TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (order_number, sku_id),
    CONSTRAINT ck_wholesale_sold_terms_grade CHECK (grade IS NULL OR grade IN ('SPECIAL', 'FIRST', 'SECOND'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
