package org.techan.stripestub.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.Map;

/** A Refund as Stripe returns it. */
@Serdeable(naming = SnakeCaseStrategy.class)
record RefundJson(
        String id,
        String object,
        long amount,
        @Nullable String charge,
        long created,
        String currency,
        Map<String, String> metadata,
        String paymentIntent,
        @Nullable String reason,
        String status) {}
