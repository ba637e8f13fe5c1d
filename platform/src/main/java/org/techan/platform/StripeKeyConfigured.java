package org.techan.platform;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import io.micronaut.core.value.PropertyResolver;

/**
 * True when a real Stripe secret key is configured ({@code STRIPE_API_KEY}, non-blank). An empty
 * variable, as compose files and CI secrets often leave behind, counts as not configured.
 */
public final class StripeKeyConfigured implements Condition {

    /** What a real key needs beside it, said where a missing one is found. */
    public static final String PUBLISHABLE_KEY_MISSING = "STRIPE_API_KEY is set but STRIPE_PUBLISHABLE_KEY is not:"
            + " the payment page needs the publishable key for Stripe.js, which takes the card in the buyer's browser.";

    @Override
    public boolean matches(ConditionContext context) {
        return isSet(context, "stripe.api-key");
    }

    /** Whether {@code property} is set to something other than blanks. */
    public static boolean isSet(PropertyResolver properties, String property) {
        return properties
                .getProperty(property, String.class)
                .filter(value -> !value.isBlank())
                .isPresent();
    }
}
