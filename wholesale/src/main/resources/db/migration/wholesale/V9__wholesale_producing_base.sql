-- A shop's producing base (生产基地) as wholesale buyers see it: where it is, what it yields a
-- year and in which months it harvests. One per shop; the region is a national division.
CREATE TABLE wholesale_producing_base (
    shop_slug        VARCHAR(60)   NOT NULL PRIMARY KEY,
    name             VARCHAR(60)   NOT NULL,
    region_code      CHAR(12)      NOT NULL,
    region_name      VARCHAR(120)  NOT NULL,
    address          VARCHAR(200)  NOT NULL,
    capacity_tonnes  DECIMAL(9,1)  NOT NULL,
    harvest_months   VARCHAR(40)   NOT NULL,
    updated_by       BIGINT        NOT NULL,
    updated_at       TIMESTAMP(3)  NOT NULL,
    CONSTRAINT ck_wholesale_base_capacity CHECK (capacity_tonnes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
