-- A reservation paid after a batch it held passed its shelf life, with no other batch of the SKU
-- on sale to stand in, is not sold: it ends OUT_OF_DATE and the order side pays the buyer back.
ALTER TABLE catalog_reservation DROP CONSTRAINT ck_catalog_reservation_status;
ALTER TABLE catalog_reservation MODIFY status VARCHAR(12) NOT NULL;
ALTER TABLE catalog_reservation
    ADD CONSTRAINT ck_catalog_reservation_status
        CHECK (status IN ('HELD', 'COMMITTED', 'RELEASED', 'EXPIRED', 'RECALLED', 'OUT_OF_DATE'));
