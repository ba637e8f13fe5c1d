-- The struck-through "was" price of an enrolled SKU: the lowest it actually sold at in the 7 days
-- before the enrolment was answered (or its price then, if lower); a campaign price must be below it.
ALTER TABLE promotions_enrolment ADD COLUMN reference_price DECIMAL(12,2) NULL;
