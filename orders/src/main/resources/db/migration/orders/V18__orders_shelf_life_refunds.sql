-- A checkout paid after fresh goods it held passed their shelf life, with no fresher batch to stand
-- in, is cancelled and paid back; the buyer is told why.
ALTER TABLE orders_notice DROP CONSTRAINT ck_orders_notice_kind;
ALTER TABLE orders_notice
    ADD CONSTRAINT ck_orders_notice_kind
        CHECK (kind IN ('PAID', 'READY_FOR_PICKUP', 'SHIPPED', 'REFUNDED', 'RECALL_HOLD', 'RECALL_REFUNDED',
                        'SHELF_LIFE_REFUNDED'));
