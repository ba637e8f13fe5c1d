-- 买家留言: what the buyer asks of the shops at checkout (a delivery time, a gift note), shown on
-- the shops' orders and packing slips.
ALTER TABLE orders_group ADD COLUMN buyer_remarks VARCHAR(200) NULL;
