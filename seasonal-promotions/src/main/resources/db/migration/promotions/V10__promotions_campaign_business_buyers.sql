-- A campaign open to business buyers (批发采购也适用): its prices, 满减 and 包邮 also reach lines a
-- wholesale price closed to consumer promotions. Campaigns are for consumers unless they say so.
ALTER TABLE promotions_campaign ADD COLUMN business_buyers BOOLEAN NOT NULL DEFAULT FALSE;
