-- The claimed line's units, whatever the rule (units counts only those at a campaign price): what
-- the campaign report adds up.
ALTER TABLE promotions_claim ADD COLUMN quantity INT NOT NULL DEFAULT 0;
