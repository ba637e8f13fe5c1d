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

    PaymentIntentJson withStatus(String newStatus) {
        return new PaymentIntentJson(
                id,
                object,
                amount,
                amountCapturable,
                amountReceived,
                captureMethod,
                clientSecret,
                confirmationMethod,
                created,
                currency,
                description,
                lastPaymentError,
                latestCharge,
                livemode,
                metadata,
                paymentMethod,
                paymentMethodTypes,
                newStatus,
                canceledAt,
                cancellationReason);
    }

    PaymentIntentJson withPaymentMethod(@Nullable String method) {
        return new PaymentIntentJson(
                id,
                object,
                amount,
                amountCapturable,
                amountReceived,
                captureMethod,
                clientSecret,
                confirmationMethod,
                created,
                currency,
                description,
                lastPaymentError,
                latestCharge,
                livemode,
                metadata,
                method,
                paymentMethodTypes,
                status,
                canceledAt,
                cancellationReason);
    }

    PaymentIntentJson succeeded(long received, String charge) {
        return new PaymentIntentJson(
                id,
                object,
                amount,
                0,
                received,
                captureMethod,
                clientSecret,
                confirmationMethod,
                created,
                currency,
                description,
                null,
                charge,
                livemode,
                metadata,
                paymentMethod,
                paymentMethodTypes,
                "succeeded",
                canceledAt,
                cancellationReason);
    }

    PaymentIntentJson awaitingCapture(String charge) {
        return new PaymentIntentJson(
                id,
                object,
                amount,
                amount,
                0,
                captureMethod,
                clientSecret,
                confirmationMethod,
                created,
                currency,
                description,
                null,
                charge,
                livemode,
                metadata,
                paymentMethod,
                paymentMethodTypes,
                "requires_capture",
                canceledAt,
                cancellationReason);
    }

    PaymentIntentJson failed(ErrorJson error) {
        return new PaymentIntentJson(
                id,
                object,
                amount,
                0,
                0,
                captureMethod,
                clientSecret,
                confirmationMethod,
                created,
                currency,
                description,
                error,
                latestCharge,
                livemode,
                metadata,
                null,
                paymentMethodTypes,
                "requires_payment_method",
                canceledAt,
                cancellationReason);
    }

    PaymentIntentJson canceled(long at, @Nullable String reason) {
        return new PaymentIntentJson(
                id,
                object,
                amount,
                0,
                amountReceived,
                captureMethod,
                clientSecret,
                confirmationMethod,
                created,
                currency,
                description,
                lastPaymentError,
                latestCharge,
                livemode,
                metadata,
                paymentMethod,
                paymentMethodTypes,
                "canceled",
                at,
                reason);
    }
}
