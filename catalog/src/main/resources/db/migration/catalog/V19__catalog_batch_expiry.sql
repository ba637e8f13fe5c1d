-- Fresh-food safety: a batch past its shelf life (harvest date + the product's shelf life in days)
-- leaves sale; expired_at records when its unsold units were taken off the SKU's stock.
ALTER TABLE catalog_batch ADD COLUMN expired_at TIMESTAMP(3) NULL;
