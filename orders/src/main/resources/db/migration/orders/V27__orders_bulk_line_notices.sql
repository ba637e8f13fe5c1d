-- Business buyers are asked about a line of a bulk order weighed short beyond its tolerance, or
-- packed in a lower grade than ordered, in their notices and by e-mail.
ALTER TABLE orders_notice DROP CONSTRAINT ck_orders_notice_kind;
ALTER TABLE orders_notice
    ADD CONSTRAINT ck_orders_notice_kind
        CHECK (kind IN ('PAID', 'READY_FOR_PICKUP', 'SHIPPED', 'REFUNDED', 'RECALL_HOLD', 'RECALL_REFUNDED',
                        'SHELF_LIFE_REFUNDED', 'AFTER_SALE_RETURN', 'AFTER_SALE_REFUSED', 'AFTER_SALE_UPHELD',
                        'WEIGHT_SHORT', 'GRADE_LOWER'));
