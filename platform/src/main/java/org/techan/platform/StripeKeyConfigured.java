package org.techan.platform;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/**
 * True when a real Stripe secret key is configured ({@code STRIPE_API_KEY}, non-blank). An empty
 * variable, as compose files and CI secrets often leave behind, counts as not configured.
 */
public final class StripeKeyConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        return context.getProperty("stripe.api-key", String.class)
                .filter(key -> !key.isBlank())
                .isPresent();
    }
}
