package org.techan.platform.internal;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.techan.platform.StripeEndpoint;
import org.techan.platform.StripeKeyConfigured;

/**
 * Real Stripe, chosen by setting {@code STRIPE_API_KEY} (with {@code STRIPE_WEBHOOK_SECRET} and
 * {@code STRIPE_PUBLISHABLE_KEY}, which the payment page hands to Stripe.js).
 */
@Factory
@Requires(condition = StripeKeyConfigured.class)
class RealStripeEndpoint {

    private static final String LIVE_API_BASE = "https://api.stripe.com";
    /** Stripe asks that Stripe.js always be loaded from here, never bundled or copied. */
    private static final String STRIPE_JS = "https://js.stripe.com/v3/";

    @Singleton
    StripeEndpoint stripe(
            @Value("${stripe.api-key}") String apiKey,
            @Value("${stripe.webhook-secret}") String webhookSecret,
            @Nullable @Value("${stripe.publishable-key:}") String publishableKey,
            @Nullable @Value("${stripe.api-base:}") String apiBase) {
        if (publishableKey == null || publishableKey.isBlank()) {
            throw new ConfigurationException(StripeKeyConfigured.PUBLISHABLE_KEY_MISSING);
        }
        // A default inside ${...} would be cut at the URL's colon, hence the constant here.
        String base = apiBase == null || apiBase.isBlank() ? LIVE_API_BASE : apiBase;
        return new StripeEndpoint(base, apiKey, webhookSecret, publishableKey, STRIPE_JS);
    }
}
