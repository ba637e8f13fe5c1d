-- An upload sent again under the same Idempotency-Key answers the first one instead of keeping
-- the file twice (a client retrying after a lost answer).
ALTER TABLE wholesale_upload ADD COLUMN request_key VARCHAR(64) NULL;
ALTER TABLE wholesale_upload ADD CONSTRAINT uk_wholesale_upload_key UNIQUE (account_id, request_key);
