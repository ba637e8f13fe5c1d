-- Bulk freight by volume: a pack's space in litres, and whether a shop's bands count kilograms
-- or litres (all of a shop's bands count the same).
ALTER TABLE wholesale_offer ADD COLUMN pack_litres INT NULL;
ALTER TABLE wholesale_freight_band ADD COLUMN basis VARCHAR(8) NOT NULL DEFAULT 'WEIGHT';
ALTER TABLE wholesale_freight_band ADD CONSTRAINT ck_wholesale_freight_band_basis CHECK (basis IN ('WEIGHT', 'VOLUME'));
