-- The relay claims pending events in id order. (published_at, next_attempt_at, id) cannot give that
-- order, so the optimiser walked the primary key through every event ever published to find the
-- pending ones, once per claim. (published_at, id) hands it the pending events already in order;
-- it skips the few still waiting for a retry and stops after one batch.
ALTER TABLE catalog_outbox
    DROP INDEX ix_catalog_outbox_pending,
    ADD INDEX ix_catalog_outbox_pending (published_at, id);
