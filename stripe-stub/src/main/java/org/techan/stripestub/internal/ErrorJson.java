package org.techan.stripestub.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** The inside of Stripe's {@code {"error": ...}} body. */
@Serdeable(naming = SnakeCaseStrategy.class)
record ErrorJson(
        String type,
        @Nullable String code,
        @Nullable String declineCode,
        String message,
        @Nullable String param,
        @Nullable PaymentIntentJson paymentIntent) {

    static ErrorJson invalidRequest(String code, String message, @Nullable String param) {
        return new ErrorJson("invalid_request_error", code, null, message, param, null);
    }

    ErrorJson withPaymentIntent(PaymentIntentJson intent) {
        return new ErrorJson(type, code, declineCode, message, param, intent);
    }

    @Serdeable
    record Envelope(ErrorJson error) {}
}
