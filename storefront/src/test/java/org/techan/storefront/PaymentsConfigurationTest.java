package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.StripeClient;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techan.platform.StripeEndpoint;

/** STRIPE_API_KEY alone decides between real Stripe and the built-in stub; no code changes. */
class PaymentsConfigurationTest {

    /** No server starts here, but the stub's address names a port: give it a fixed one to read. */
    private static final String NOT_STARTED_PORT = "micronaut.server.port";

    @Test
    void aConfiguredKeySendsPaymentsToStripe() {
        try (ApplicationContext context = ApplicationContext.run(
                Map.of("stripe.api-key", "sk_test_real", "stripe.webhook-secret", "whsec_real"), "test")) {
            StripeEndpoint endpoint = context.getBean(StripeEndpoint.class);

            assertThat(endpoint.apiBase()).isEqualTo("https://api.stripe.com");
            assertThat(endpoint.apiKey()).isEqualTo("sk_test_real");
            assertThat(endpoint.webhookSecret()).isEqualTo("whsec_real");
            assertThat(context.getBean(StripeClient.class)).isNotNull();
        }
    }

    @Test
    void noKeyOrABlankOneSendsPaymentsToTheBuiltInStub() {
        for (Map<String, Object> properties : java.util.List.<Map<String, Object>>of(
                Map.of(NOT_STARTED_PORT, 8099), Map.of("stripe.api-key", " ", NOT_STARTED_PORT, 8099))) {
            try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
                StripeEndpoint endpoint = context.getBean(StripeEndpoint.class);

                assertThat(endpoint.apiBase()).startsWith("http://127.0.0.1:").endsWith("/stripe-stub");
                assertThat(endpoint.apiKey()).isEqualTo("sk_test_techan_stub");
            }
        }
    }
}
