-- Buyers are told when their after-sale request is answered: goods asked back, refused, or a
-- dispute decided for the shop (a refund is told as REFUNDED).
ALTER TABLE orders_notice DROP CONSTRAINT ck_orders_notice_kind;
ALTER TABLE orders_notice MODIFY kind VARCHAR(30) NOT NULL;
ALTER TABLE orders_notice
    ADD CONSTRAINT ck_orders_notice_kind
        CHECK (kind IN ('PAID', 'READY_FOR_PICKUP', 'SHIPPED', 'REFUNDED', 'RECALL_HOLD', 'RECALL_REFUNDED',
                        'SHELF_LIFE_REFUNDED', 'AFTER_SALE_RETURN', 'AFTER_SALE_REFUSED', 'AFTER_SALE_UPHELD'));
