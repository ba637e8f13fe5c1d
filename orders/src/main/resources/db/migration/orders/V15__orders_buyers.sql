-- One row per buyer who ever checked out: a checkout locks its buyer's row first, so one account's
-- checkouts are decided one after the other and its limits (unpaid checkouts, 限购 per person)
-- count what the previous one wrote.
CREATE TABLE orders_buyer (
    account_id BIGINT NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
