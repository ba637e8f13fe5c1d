-- An organisation's delivery locations (收货地点): a canteen's kitchens, a chain's stores. The
-- address it applied with is the first. A removed location is kept for the purchase requests that
-- name it and never offered again.
CREATE TABLE wholesale_delivery_location (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    label           VARCHAR(100) NOT NULL,
    region_code     VARCHAR(12)  NOT NULL,
    street          VARCHAR(200) NOT NULL,
    added_by        BIGINT       NOT NULL,
    added_at        TIMESTAMP(3) NOT NULL,
    removed_at      TIMESTAMP(3) NULL,
    KEY ix_wholesale_delivery_location_organisation (organisation_id, removed_at, id),
    CONSTRAINT fk_wholesale_delivery_location_organisation
        FOREIGN KEY (organisation_id) REFERENCES wholesale_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO wholesale_delivery_location (organisation_id, label, region_code, street, added_by, added_at)
SELECT id, name, region_code, street, applied_by, applied_at FROM wholesale_organisation ORDER BY id;

-- Where a purchase request is to be delivered: one of its organisation's locations.
ALTER TABLE wholesale_requisition ADD COLUMN deliver_to BIGINT NULL;
