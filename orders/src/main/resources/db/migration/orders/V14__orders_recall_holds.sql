-- A paid order holding units of a recalled batch is held (the batch's trace code) from leaving the
-- shop or the pickup store until its shop or an operator resolves it; buyers are told either way.
ALTER TABLE orders_order ADD COLUMN recall_hold CHAR(12) NULL;

ALTER TABLE orders_notice DROP CONSTRAINT ck_orders_notice_kind;
ALTER TABLE orders_notice
    ADD CONSTRAINT ck_orders_notice_kind
        CHECK (kind IN ('PAID', 'READY_FOR_PICKUP', 'SHIPPED', 'REFUNDED', 'RECALL_HOLD', 'RECALL_REFUNDED'));
