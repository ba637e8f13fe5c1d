-- The village story a shop tells on its page (一村一品: where the product comes from and who grows
-- it), written by the shop's staff; Chinese first, English optional.
ALTER TABLE catalog_shop
    ADD COLUMN story_zh VARCHAR(2000) NULL,
    ADD COLUMN story_en VARCHAR(4000) NULL;
