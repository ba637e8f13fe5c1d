package org.techan.stripestub.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;
import java.util.Map;

/** A PaymentIntent exactly as Stripe's API returns it (the fields Techan reads). */
@Serdeable(naming = SnakeCaseStrategy.class)
record PaymentIntentJson(
        String id,
        String object,
        long amount,
        long amountCapturable,
        long amountReceived,
        String captureMethod,
        String clientSecret,
        String confirmationMethod,
        long created,
        String currency,
        @Nullable String description,
        @Nullable ErrorJson lastPaymentError,
        @Nullable String latestCharge,
        boolean livemode,
        Map<String, String> metadata,
        @Nullable String paymentMethod,
        List<String> paymentMethodTypes,
        String status,
        @Nullable Long canceledAt,
        @Nullable String cancellationReason) {

    PaymentIntentJson withPaymentMethod(@Nullable String method) {
        return copy(
                status,
                amountCapturable,
                amountReceived,
                lastPaymentError,
                latestCharge,
                method,
                canceledAt,
                cancellationReason);
    }

    PaymentIntentJson succeeded(long received, String charge) {
        return copy("succeeded", 0, received, null, charge, paymentMethod, canceledAt, cancellationReason);
    }

    PaymentIntentJson awaitingCapture(String charge) {
        return copy("requires_capture", amount, 0, null, charge, paymentMethod, canceledAt, cancellationReason);
    }

    /** A declined attempt: the error is kept and the payment method dropped, so the buyer can retry. */
    PaymentIntentJson failed(ErrorJson error) {
        return copy("requires_payment_method", 0, 0, error, latestCharge, null, canceledAt, cancellationReason);
    }

    PaymentIntentJson canceled(long at, @Nullable String reason) {
        return copy("canceled", 0, amountReceived, lastPaymentError, latestCharge, paymentMethod, at, reason);
    }

    // The fields that change over an intent's life; the terms it was created with never do.
    private PaymentIntentJson copy(
            String newStatus,
            long newAmountCapturable,
            long newAmountReceived,
            @Nullable ErrorJson newLastPaymentError,
            @Nullable String newLatestCharge,
            @Nullable String newPaymentMethod,
            @Nullable Long newCanceledAt,
            @Nullable String newCancellationReason) {
        return new PaymentIntentJson(
                id,
                object,
                amount,
                newAmountCapturable,
                newAmountReceived,
                captureMethod,
                clientSecret,
                confirmationMethod,
                created,
                currency,
                description,
                newLastPaymentError,
                newLatestCharge,
                livemode,
                metadata,
                newPaymentMethod,
                paymentMethodTypes,
                newStatus,
                newCanceledAt,
                newCancellationReason);
    }
}
