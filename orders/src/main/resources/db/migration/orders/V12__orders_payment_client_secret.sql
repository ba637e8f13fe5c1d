-- The browser confirms the payment with Stripe.js and the PaymentIntent's client secret, so card
-- numbers never reach this application. Rows from before this column get it on their next read.
ALTER TABLE orders_payment ADD COLUMN client_secret VARCHAR(255) NULL AFTER intent_id;
