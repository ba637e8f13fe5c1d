package org.techan.platform.internal;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.techan.platform.StripeEndpoint;
import org.techan.platform.StripeKeyConfigured;

/** Real Stripe, chosen by setting {@code STRIPE_API_KEY} (and {@code STRIPE_WEBHOOK_SECRET}). */
@Factory
@Requires(condition = StripeKeyConfigured.class)
class RealStripeEndpoint {

    private static final String LIVE_API_BASE = "https://api.stripe.com";

    @Singleton
    StripeEndpoint stripe(
            @Value("${stripe.api-key}") String apiKey,
            @Value("${stripe.webhook-secret}") String webhookSecret,
            @Nullable @Value("${stripe.api-base:}") String apiBase) {
        // A default inside ${...} would be cut at the URL's colon, hence the constant here.
        String base = apiBase == null || apiBase.isBlank() ? LIVE_API_BASE : apiBase;
        return new StripeEndpoint(base, apiKey, webhookSecret);
    }
}
