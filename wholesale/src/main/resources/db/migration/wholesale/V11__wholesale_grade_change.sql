-- 等级不符: a bulk order's line packed in a lower grade than ordered. The shop offers a price for
-- it; the buyer takes it at that price (the difference refunded) or refuses it (refunded whole).
CREATE TABLE wholesale_grade_change (
    order_number   VARCHAR(24)    NOT NULL,
    sku_id         BIGINT         NOT NULL,
    group_number   VARCHAR(24)    NOT NULL,
    shop_slug      VARCHAR(60)    NOT NULL,
    title_zh       VARCHAR(200)   NOT NULL,
    packs          INT            NOT NULL,
    ordered_grade  VARCHAR(8)     NOT NULL,
    packed_grade   VARCHAR(8)     NOT NULL,
    line_total     DECIMAL(12, 2) NOT NULL,
    offered_total  DECIMAL(12, 2) NOT NULL,
    state          VARCHAR(10)    NOT NULL,
    declared_by    BIGINT         NOT NULL,
    declared_at    TIMESTAMP(3)   NOT NULL,
    answered_by    BIGINT         NULL,
    answered_at    TIMESTAMP(3)   NULL,
    PRIMARY KEY (order_number, sku_id),
    KEY ix_wholesale_grade_change_group (group_number),
    CONSTRAINT ck_wholesale_grade_change_state CHECK (state IN ('WAITING', 'ACCEPTED', 'REFUSED')),
    CONSTRAINT ck_wholesale_grade_change_total CHECK (offered_total >= 0 AND offered_total < line_total)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A line is settled once, by weight or by grade: a line re-priced both ways could be refunded
-- more than it cost. Both settlements claim the line here first.
CREATE TABLE wholesale_line_settlement (
    order_number VARCHAR(24) NOT NULL,
    sku_id       BIGINT      NOT NULL,
    kind         VARCHAR(8)  NOT NULL,
    PRIMARY KEY (order_number, sku_id),
    CONSTRAINT ck_wholesale_line_settlement_kind CHECK (kind IN ('WEIGHT', 'GRADE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO wholesale_line_settlement (order_number, sku_id, kind)
SELECT order_number, sku_id, 'WEIGHT' FROM wholesale_weighing;
