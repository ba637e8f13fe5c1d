-- A price list saved twice under the same request key (a form sent twice, a client retrying)
-- is kept once.
ALTER TABLE wholesale_price_list ADD COLUMN request_key VARCHAR(64) NULL;
ALTER TABLE wholesale_price_list ADD CONSTRAINT uk_wholesale_price_list_key UNIQUE (shop_slug, request_key);
