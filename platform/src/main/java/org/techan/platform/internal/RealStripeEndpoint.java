package org.techan.platform.internal;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.techan.platform.StripeEndpoint;

/** Real Stripe, chosen by setting {@code STRIPE_API_KEY} (and {@code STRIPE_WEBHOOK_SECRET}). */
@Factory
@Requires(property = "stripe.api-key")
class RealStripeEndpoint {

    @Singleton
    StripeEndpoint stripe(
            @Value("${stripe.api-key}") String apiKey,
            @Value("${stripe.webhook-secret}") String webhookSecret,
            @Value("${stripe.api-base:https://api.stripe.com}") String apiBase) {
        return new StripeEndpoint(apiBase, apiKey, webhookSecret);
    }
}
