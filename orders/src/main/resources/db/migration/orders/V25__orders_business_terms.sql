-- A business buyer's bulk order carries their purchase-order number and the day they want it.
ALTER TABLE orders_group
    ADD COLUMN purchase_order VARCHAR(40) NULL,
    ADD COLUMN deliver_on DATE NULL;
