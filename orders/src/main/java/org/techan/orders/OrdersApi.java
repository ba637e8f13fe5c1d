package org.techan.orders;

/** What the rest of Techan may ask of the orders module. */
public interface OrdersApi {

    /**
     * Verifies a payment-provider webhook by its {@code Stripe-Signature} and keeps it for
     * processing. Repeated deliveries of one event are acknowledged and change nothing.
     *
     * @throws org.techan.platform.RuleViolationException when the signature does not verify
     */
    PaymentEventReceipt acceptPaymentEvent(String payload, String signatureHeader);
}
