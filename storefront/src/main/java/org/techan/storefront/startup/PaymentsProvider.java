package org.techan.storefront.startup;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import org.techan.platform.StripeEndpoint;
import org.techan.platform.StripeKeyConfigured;

/**
 * Refuses to start without somewhere to take payments: a database was configured (so this is not a
 * try-out on the embedded defaults) but neither a Stripe key nor the stub was asked for. Silently
 * taking "payments" from the stub in production would be far worse than not starting.
 */
@Context
@Requires(property = PaymentsProvider.REQUIRED, notEquals = "false")
public final class PaymentsProvider {

    /** Command-line tools that take no payments (rebuilding the index, creating an operator) set it false. */
    public static final String REQUIRED = "techan.payments-required";

    static final String MISSING =
            "No payment provider. Set STRIPE_API_KEY, STRIPE_PUBLISHABLE_KEY and STRIPE_WEBHOOK_SECRET to take"
                    + " payments with Stripe, or TECHAN_PAYMENTS=stub to take test payments from the built-in"
                    + " Stripe-compatible stub (never in production).";

    PaymentsProvider(BeanContext beans, Environment environment) {
        if (!beans.containsBean(StripeEndpoint.class)) {
            throw new ConfigurationException(MISSING);
        }
        // Checked now, so a half-configured Stripe stops the start instead of the first payment.
        // (The endpoint itself is not built here: the stub's needs the server's port.)
        if (StripeKeyConfigured.isSet(environment, "stripe.api-key")
                && !StripeKeyConfigured.isSet(environment, "stripe.publishable-key")) {
            throw new ConfigurationException(StripeKeyConfigured.PUBLISHABLE_KEY_MISSING);
        }
    }
}
