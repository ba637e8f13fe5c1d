-- Community pickup stores (网订店取): convenience stores, postal service stations and parcel
-- lockers. Orders placed before cut_off (local time) can be collected from the next day; each
-- store takes daily_capacity orders a day, of which at most chilled/frozen_capacity need cold
-- storage. Unclaimed orders are held hold_days (or less for produce with a shorter shelf life).
CREATE TABLE orders_store (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(40)   NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    name_zh          VARCHAR(100)  NOT NULL,
    name_en          VARCHAR(100)  NULL,
    region_code      CHAR(12)      NOT NULL,
    street           VARCHAR(200)  NOT NULL,
    latitude         DECIMAL(9,6)  NOT NULL,
    longitude        DECIMAL(9,6)  NOT NULL,
    opens            TIME          NOT NULL,
    closes           TIME          NOT NULL,
    cut_off          TIME          NOT NULL,
    daily_capacity   INT           NOT NULL,
    chilled_capacity INT           NOT NULL,
    frozen_capacity  INT           NOT NULL,
    hold_days        INT           NOT NULL,
    created_at       TIMESTAMP(3)  NOT NULL,
    UNIQUE KEY uk_orders_store_code (code),
    KEY ix_orders_store_region (region_code),
    CONSTRAINT ck_orders_store_kind CHECK (kind IN ('CONVENIENCE_STORE', 'POSTAL_STATION', 'PARCEL_LOCKER')),
    CONSTRAINT ck_orders_store_capacity CHECK (daily_capacity > 0 AND chilled_capacity >= 0 AND frozen_capacity >= 0
        AND hold_days > 0 AND opens < closes)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each clerk account works at exactly one store.
CREATE TABLE orders_store_clerk (
    account_id BIGINT NOT NULL PRIMARY KEY,
    store_id   BIGINT NOT NULL,
    CONSTRAINT fk_orders_store_clerk_store FOREIGN KEY (store_id) REFERENCES orders_store (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One slot per store and collection day, created when first offered; bookings are conditional
-- increments, so a slot never takes more orders (or cold parcels) than it has room for.
CREATE TABLE orders_pickup_slot (
    id               BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store_id         BIGINT NOT NULL,
    day              DATE   NOT NULL,
    capacity         INT    NOT NULL,
    chilled_capacity INT    NOT NULL,
    frozen_capacity  INT    NOT NULL,
    booked           INT    NOT NULL DEFAULT 0,
    chilled_booked   INT    NOT NULL DEFAULT 0,
    frozen_booked    INT    NOT NULL DEFAULT 0,
    UNIQUE KEY uk_orders_pickup_slot (store_id, day),
    CONSTRAINT fk_orders_pickup_slot_store FOREIGN KEY (store_id) REFERENCES orders_store (id),
    CONSTRAINT ck_orders_pickup_slot_room CHECK (booked BETWEEN 0 AND capacity
        AND chilled_booked BETWEEN 0 AND chilled_capacity AND frozen_booked BETWEEN 0 AND frozen_capacity)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How each order reaches its buyer. temperature is the coldest of its lines and shelf_life_days
-- the shortest: they decide which stores may take it and how long an unclaimed order is held.
-- pickup_code lives only while the order waits at the store, unique per store.
ALTER TABLE orders_order
    ADD COLUMN fulfilment      VARCHAR(10)  NOT NULL DEFAULT 'DELIVERY',
    ADD COLUMN temperature     VARCHAR(10)  NOT NULL DEFAULT 'AMBIENT',
    ADD COLUMN shelf_life_days INT          NOT NULL DEFAULT 365,
    ADD COLUMN slot_id         BIGINT       NULL,
    ADD COLUMN store_id        BIGINT       NULL,
    ADD COLUMN pickup_code     CHAR(6)      NULL,
    ADD COLUMN collect_by      TIMESTAMP(3) NULL,
    ADD COLUMN carrier         VARCHAR(40)  NULL,
    ADD COLUMN tracking_number VARCHAR(40)  NULL,
    ADD UNIQUE KEY uk_orders_order_pickup_code (store_id, pickup_code),
    ADD KEY ix_orders_order_slot (slot_id),
    ADD KEY ix_orders_order_collect_by (state, collect_by),
    ADD CONSTRAINT fk_orders_order_slot FOREIGN KEY (slot_id) REFERENCES orders_pickup_slot (id),
    ADD CONSTRAINT ck_orders_order_fulfilment CHECK (fulfilment IN ('DELIVERY', 'PICKUP')
        AND (fulfilment = 'DELIVERY') = (slot_id IS NULL));

-- A checkout collected entirely at stores needs a name and a mobile number, not a street.
ALTER TABLE orders_group
    MODIFY region_code CHAR(12) NULL,
    MODIFY street VARCHAR(200) NULL;

-- The no-show policy refunds without anyone at the keyboard.
ALTER TABLE orders_refund MODIFY actor_id BIGINT NULL;
