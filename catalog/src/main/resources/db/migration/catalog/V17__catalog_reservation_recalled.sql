-- A reservation paid after a batch it held was recalled, with no other batch of the SKU to stand
-- in, is not sold: it ends RECALLED and the order side pays the buyer back.
ALTER TABLE catalog_reservation DROP CONSTRAINT ck_catalog_reservation_status;
ALTER TABLE catalog_reservation
    ADD CONSTRAINT ck_catalog_reservation_status
        CHECK (status IN ('HELD', 'COMMITTED', 'RELEASED', 'EXPIRED', 'RECALLED'));
