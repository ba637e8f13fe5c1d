-- A business buyer's organisation tells its members about purchase requests (采购申请): an approver
-- that one waits for them, the buyer that it was approved or refused. Such a notice belongs to no
-- checkout, so it carries the page to follow instead.
ALTER TABLE orders_notice MODIFY group_number VARCHAR(24) NULL;
ALTER TABLE orders_notice ADD COLUMN path VARCHAR(120) NULL;
ALTER TABLE orders_notice MODIFY kind VARCHAR(24) NOT NULL;
ALTER TABLE orders_notice DROP CONSTRAINT ck_orders_notice_kind;
ALTER TABLE orders_notice
    ADD CONSTRAINT ck_orders_notice_kind
        CHECK (kind IN ('PAID', 'READY_FOR_PICKUP', 'SHIPPED', 'REFUNDED', 'RECALL_HOLD', 'RECALL_REFUNDED',
                        'SHELF_LIFE_REFUNDED', 'AFTER_SALE_RETURN', 'AFTER_SALE_REFUSED', 'AFTER_SALE_UPHELD',
                        'WEIGHT_SHORT', 'GRADE_LOWER', 'REQUISITION_WAITING', 'REQUISITION_APPROVED',
                        'REQUISITION_REFUSED'));
ALTER TABLE orders_notice
    ADD CONSTRAINT ck_orders_notice_about CHECK (group_number IS NOT NULL OR path IS NOT NULL);
