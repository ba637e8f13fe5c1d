-- A business buyer may collect a bulk order at the shop's producing base (基地自提): a third
-- fulfilment, without a pickup slot, like a delivery.
ALTER TABLE orders_order DROP CONSTRAINT ck_orders_order_fulfilment;
ALTER TABLE orders_order ADD CONSTRAINT ck_orders_order_fulfilment CHECK (
    fulfilment IN ('DELIVERY', 'PICKUP', 'COLLECTION') AND (fulfilment = 'PICKUP') = (slot_id IS NOT NULL));
