package org.techan.stripestub.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** PaymentIntents with Stripe's state machine; every change and its event commit together. */
@Singleton
class PaymentIntents {

    private static final Set<String> CANCELABLE = Set.of(
            "requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing");

    private final StubStore store;
    private final WebhookOutbox webhooks;

    PaymentIntents(StubStore store, WebhookOutbox webhooks) {
        this.store = store;
        this.webhooks = webhooks;
    }

    @Transactional
    public StubResponse create(FormBody form, @Nullable String idempotencyKey) {
        long amount = form.requiredAmount("amount");
        String currency = form.get("currency")
                .orElseThrow(() -> StubError.missing("currency"))
                .toLowerCase(Locale.ROOT);
        if (!currency.matches("[a-z]{3}")) {
            throw StubError.invalid("currency", "Invalid currency: " + currency);
        }
        String captureMethod = form.get("capture_method").orElse("automatic");
        if (!Set.of("automatic", "automatic_async", "manual").contains(captureMethod)) {
            throw StubError.invalid("capture_method", "Invalid capture_method: " + captureMethod);
        }
        String id = Ids.next("pi");
        PaymentMethodChoice method = PaymentMethodChoice.from(form, null, null);
        PaymentIntentJson intent = new PaymentIntentJson(
                id,
                "payment_intent",
                amount,
                0,
                0,
                captureMethod,
                id + "_secret_" + Ids.next("cs").substring(3),
                "automatic",
                Ids.now(),
                currency,
                form.get("description").orElse(null),
                null,
                null,
                false,
                form.nested("metadata"),
                method.id(),
                List.of("card"),
                method.id() == null ? "requires_payment_method" : "requires_confirmation",
                null,
                null);
        store.insertIntent(intent, method.card());
        webhooks.publish("payment_intent.created", intent, idempotencyKey);
        if (form.get("confirm").filter("true"::equals).isPresent()) {
            return confirm(new StubStore.StoredIntent(intent, method.card()), form, idempotencyKey);
        }
        return new StubResponse(200, store.write(intent));
    }

    @Transactional
    public StubResponse retrieve(String id) {
        return new StubResponse(200, store.write(locked(id).intent()));
    }

    /** {@code byClientSecret}: from a browser with the publishable key, which must also know the intent's secret. */
    @Transactional
    public StubResponse confirm(String id, FormBody form, @Nullable String idempotencyKey, boolean byClientSecret) {
        StubStore.StoredIntent stored = locked(id);
        if (byClientSecret
                && !form.get("client_secret")
                        .filter(stored.intent().clientSecret()::equals)
                        .isPresent()) {
            // What Stripe answers a wrong secret: as if there were no such intent.
            throw StubError.noSuch("payment_intent", id, "intent");
        }
        return confirm(stored, form, idempotencyKey);
    }

    @Transactional
    public StubResponse capture(String id, FormBody form, @Nullable String idempotencyKey) {
        PaymentIntentJson intent = locked(id).intent();
        if (!"requires_capture".equals(intent.status())) {
            throw StubError.unexpectedState("This PaymentIntent could not be captured because it has a status of "
                    + intent.status() + ". Only a PaymentIntent with one of the following statuses may be captured:"
                    + " requires_capture.");
        }
        long amount = form.get("amount_to_capture").isPresent()
                ? form.requiredAmount("amount_to_capture")
                : intent.amountCapturable();
        if (amount > intent.amountCapturable()) {
            throw StubError.invalid(
                    "amount_to_capture",
                    "The amount to capture (" + amount + ") must be less than or equal to the amount capturable ("
                            + intent.amountCapturable() + ").");
        }
        PaymentIntentJson captured = intent.succeeded(amount, intent.latestCharge());
        store.updateIntent(captured, null);
        webhooks.publish("payment_intent.succeeded", captured, idempotencyKey);
        return new StubResponse(200, store.write(captured));
    }

    @Transactional
    public StubResponse cancel(String id, FormBody form, @Nullable String idempotencyKey) {
        PaymentIntentJson intent = locked(id).intent();
        if (!CANCELABLE.contains(intent.status())) {
            throw StubError.unexpectedState("You cannot cancel this PaymentIntent because it has a status of "
                    + intent.status() + ". Only a PaymentIntent with one of the following statuses may be canceled: "
                    + String.join(
                            ", ",
                            List.of(
                                    "requires_payment_method",
                                    "requires_capture",
                                    "requires_confirmation",
                                    "requires_action",
                                    "processing"))
                    + ".");
        }
        PaymentIntentJson canceled =
                intent.canceled(Ids.now(), form.get("cancellation_reason").orElse(null));
        store.updateIntent(canceled, null);
        webhooks.publish("payment_intent.canceled", canceled, idempotencyKey);
        return new StubResponse(200, store.write(canceled));
    }

    private StubResponse confirm(StubStore.StoredIntent stored, FormBody form, @Nullable String idempotencyKey) {
        PaymentIntentJson intent = stored.intent();
        if (!Set.of("requires_payment_method", "requires_confirmation").contains(intent.status())) {
            throw StubError.unexpectedState(
                    "You cannot confirm this PaymentIntent because it has a status of " + intent.status() + ".");
        }
        PaymentMethodChoice method = PaymentMethodChoice.from(form, intent.paymentMethod(), stored.card());
        if (method.id() == null) {
            throw StubError.unexpectedState("You cannot confirm this PaymentIntent because it's missing a payment"
                    + " method. To confirm the PaymentIntent with " + intent.id()
                    + ", specify a payment method attached to this customer along with the customer ID.");
        }
        TestCard card = method.outcome();
        PaymentIntentJson withMethod = intent.withPaymentMethod(method.id());
        if (!card.approved()) {
            PaymentIntentJson failed = withMethod.failed(card.decline());
            store.updateIntent(failed, null);
            webhooks.publish("payment_intent.payment_failed", failed, idempotencyKey);
            ErrorJson error = card.decline().withPaymentIntent(failed);
            return new StubResponse(402, store.write(new ErrorJson.Envelope(error)));
        }
        String charge = Ids.next("ch");
        boolean manual = "manual".equals(intent.captureMethod());
        PaymentIntentJson confirmed =
                manual ? withMethod.awaitingCapture(charge) : withMethod.succeeded(intent.amount(), charge);
        store.updateIntent(confirmed, method.card());
        webhooks.publish(
                manual ? "payment_intent.amount_capturable_updated" : "payment_intent.succeeded",
                confirmed,
                idempotencyKey);
        return new StubResponse(200, store.write(confirmed));
    }

    private StubStore.StoredIntent locked(String id) {
        return store.lockIntent(id).orElseThrow(() -> StubError.noSuch("payment_intent", id, "intent"));
    }

    /** The payment method a request names: a test PaymentMethod id or a raw test card number. */
    record PaymentMethodChoice(@Nullable String id, @Nullable String card) {

        static PaymentMethodChoice from(FormBody form, @Nullable String currentId, @Nullable String currentCard) {
            var number = form.get("payment_method_data[card][number]");
            if (number.isPresent()) {
                return new PaymentMethodChoice(Ids.next("pm"), number.get());
            }
            var named = form.get("payment_method");
            if (named.isPresent()) {
                String id = named.get();
                if (id.equals(currentId)) {
                    return new PaymentMethodChoice(id, currentCard);
                }
                if (TestCard.byPaymentMethod(id).isEmpty()) {
                    throw StubError.noSuch("PaymentMethod", id, "payment_method");
                }
                return new PaymentMethodChoice(id, null);
            }
            return new PaymentMethodChoice(currentId, currentCard);
        }

        TestCard outcome() {
            return card != null
                    ? TestCard.byNumber(card)
                    : TestCard.byPaymentMethod(id).orElse(TestCard.DECLINED);
        }
    }
}
