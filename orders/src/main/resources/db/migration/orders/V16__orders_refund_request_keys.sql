-- A refund asked for with an Idempotency-Key is made once however often (or however many times at
-- once) the request arrives: the key is kept with the refund it made.
ALTER TABLE orders_refund
    ADD COLUMN request_key VARCHAR(100) NULL,
    ADD UNIQUE KEY uk_orders_refund_request (order_id, request_key);
