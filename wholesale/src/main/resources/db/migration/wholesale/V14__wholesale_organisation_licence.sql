-- The scan of the business licence (营业执照) an organisation applies with: a key of the media
-- store. An operator verifies no organisation without one.
ALTER TABLE wholesale_organisation ADD COLUMN licence_key VARCHAR(100) NULL;
