-- The key of the request that made a campaign or issued a coupon: the same request sent again (a
-- double click, a client's retry) answers what the first one made instead of making another.
ALTER TABLE promotions_campaign
    ADD COLUMN request_key VARCHAR(64) NULL,
    ADD UNIQUE KEY uk_promotions_campaign_request (request_key);
ALTER TABLE promotions_coupon
    ADD COLUMN request_key VARCHAR(64) NULL,
    ADD UNIQUE KEY uk_promotions_coupon_request (request_key);
