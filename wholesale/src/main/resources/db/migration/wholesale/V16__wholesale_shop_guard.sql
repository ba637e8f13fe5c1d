-- One row per shop that saved wholesale settings. Saving a shop's offers or freight bands takes its
-- row first (an upsert, which locks it exclusively), so two saves of one shop run one after the
-- other instead of deadlocking on the rows they replace.
CREATE TABLE wholesale_shop_guard (
    shop_slug VARCHAR(60) NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
