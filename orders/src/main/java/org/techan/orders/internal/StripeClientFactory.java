package org.techan.orders.internal;

import com.stripe.StripeClient;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.techan.platform.StripeEndpoint;

/** The one StripeClient; whether it reaches Stripe or the stub is the endpoint's business. */
@Factory
class StripeClientFactory {

    @Singleton
    StripeClient stripeClient(StripeEndpoint endpoint) {
        return StripeClient.builder()
                .setApiKey(endpoint.apiKey())
                .setApiBase(endpoint.apiBase())
                .setMaxNetworkRetries(2)
                .build();
    }
}
