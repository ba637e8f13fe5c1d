-- A payment event that fails is retried on its own, later and later, and parked with its reason
-- after a few attempts, so it never holds up the events behind it; operators see parked ones.
ALTER TABLE orders_payment_event
    ADD COLUMN attempts        INT          NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at TIMESTAMP(3) NULL,
    ADD COLUMN parked_at       TIMESTAMP(3) NULL,
    ADD COLUMN last_error      VARCHAR(500) NULL;

-- A refund is recorded first and sent to the provider after that record commits (with an
-- idempotency key, retried until the provider confirms): a rolled-back transaction can no longer
-- forget money that went back. refund_id is the provider's id, known once it answered.
ALTER TABLE orders_refund
    MODIFY refund_id VARCHAR(255) NULL,
    ADD COLUMN sent_at      TIMESTAMP(3) NULL,
    ADD COLUMN attempts     INT          NOT NULL DEFAULT 0,
    ADD COLUMN next_send_at TIMESTAMP(3) NULL,
    ADD COLUMN last_error   VARCHAR(500) NULL,
    ADD KEY ix_orders_refund_unsent (sent_at, next_send_at);

UPDATE orders_refund SET sent_at = at WHERE refund_id IS NOT NULL;
