package org.techan.platform;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/**
 * True when payments go to the built-in Stripe-compatible stub: no Stripe key is configured and
 * someone asked for the stub ({@code TECHAN_PAYMENTS=stub}; the embedded defaults ask for it). A
 * production stack that merely forgot its key gets no stub: it refuses to start instead.
 */
public final class StubPaymentsRequested implements Condition {

    /** The property ({@code TECHAN_PAYMENTS}) that asks for the stub. */
    public static final String PROPERTY = "techan.payments";

    public static final String STUB = "stub";

    @Override
    public boolean matches(ConditionContext context) {
        return !new StripeKeyConfigured().matches(context)
                && context.getProperty(PROPERTY, String.class)
                        .map(String::strip)
                        .filter(STUB::equalsIgnoreCase)
                        .isPresent();
    }
}
