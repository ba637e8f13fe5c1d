package org.techan.stripestub.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Refunds of succeeded PaymentIntents, never beyond what was received. */
@Singleton
class Refunds {

    private final StubStore store;
    private final WebhookOutbox webhooks;

    Refunds(StubStore store, WebhookOutbox webhooks) {
        this.store = store;
        this.webhooks = webhooks;
    }

    @Transactional
    public StubResponse create(FormBody form, @Nullable String idempotencyKey) {
        String intentId = form.get("payment_intent").orElseThrow(() -> StubError.missing("payment_intent"));
        PaymentIntentJson intent = store.lockIntent(intentId)
                .orElseThrow(() -> StubError.noSuch("payment_intent", intentId, "payment_intent"))
                .intent();
        if (!"succeeded".equals(intent.status())) {
            throw StubError.unexpectedState("This PaymentIntent (" + intentId + ") does not have a successful charge"
                    + " to refund; its status is " + intent.status() + ".");
        }
        long remaining = intent.amountReceived() - store.refundedAmount(intentId);
        if (remaining <= 0) {
            throw new StubError(
                    400,
                    ErrorJson.invalidRequest(
                            "charge_already_refunded",
                            "Charge " + intent.latestCharge() + " has already been refunded.",
                            null));
        }
        long amount = form.get("amount").isPresent() ? form.requiredAmount("amount") : remaining;
        if (amount > remaining) {
            throw new StubError(
                    400,
                    ErrorJson.invalidRequest(
                            "amount_too_large",
                            "Refund amount (" + amount + ") is greater than unrefunded amount on charge (" + remaining
                                    + ")",
                            "amount"));
        }
        RefundJson refund = new RefundJson(
                Ids.next("re"),
                "refund",
                amount,
                intent.latestCharge(),
                Ids.now(),
                intent.currency(),
                form.nested("metadata"),
                intentId,
                form.get("reason").orElse(null),
                "succeeded");
        store.insertRefund(refund);
        webhooks.publish("refund.created", refund, idempotencyKey);
        return new StubResponse(200, store.write(refund));
    }
}
