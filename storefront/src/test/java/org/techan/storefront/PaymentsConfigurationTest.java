package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.stripe.StripeClient;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techan.platform.StripeEndpoint;

/** STRIPE_API_KEY sends payments to Stripe; the built-in stub serves them only when asked for. */
class PaymentsConfigurationTest {

    /** No server starts here, but the stub's address names a port: give it a fixed one to read. */
    private static final String NOT_STARTED_PORT = "micronaut.server.port";

    @Test
    void aConfiguredKeySendsPaymentsToStripe() {
        try (ApplicationContext context = ApplicationContext.run(
                Map.of(
                        "stripe.api-key",
                        "sk_test_real",
                        "stripe.webhook-secret",
                        "whsec_real",
                        "stripe.publishable-key",
                        "pk_test_real"),
                "test")) {
            StripeEndpoint endpoint = context.getBean(StripeEndpoint.class);

            assertThat(endpoint.apiBase()).isEqualTo("https://api.stripe.com");
            assertThat(endpoint.apiKey()).isEqualTo("sk_test_real");
            assertThat(endpoint.webhookSecret()).isEqualTo("whsec_real");
            assertThat(endpoint.publishableKey()).isEqualTo("pk_test_real");
            assertThat(endpoint.browserScript()).isEqualTo("https://js.stripe.com/v3/");
            assertThat(context.getBean(StripeClient.class)).isNotNull();
        }
    }

    @Test
    void theStubServesPaymentsOnlyWhenAskedForAndSignsWithASecretOfItsOwn() {
        for (Map<String, Object> properties : java.util.List.<Map<String, Object>>of(
                Map.of(NOT_STARTED_PORT, 8099), Map.of("stripe.api-key", " ", NOT_STARTED_PORT, 8099))) {
            try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
                StripeEndpoint endpoint = context.getBean(StripeEndpoint.class);

                assertThat(endpoint.apiBase()).startsWith("http://127.0.0.1:").endsWith("/stripe-stub");
                assertThat(endpoint.apiKey()).isEqualTo("sk_test_techan_stub");
                assertThat(endpoint.webhookSecret())
                        .as("generated for this installation, not printed in the source")
                        .startsWith("whsec_")
                        .hasSizeGreaterThan(40)
                        .isNotEqualTo("whsec_techan_stub");
            }
        }
    }

    @Test
    void withNeitherAKeyNorTheStubAskedForTheAppRefusesToStart() {
        Throwable refused = catchThrowable(
                () -> ApplicationContext.run(Map.of("techan.payments", "", NOT_STARTED_PORT, 8099), "test")
                        .close());

        assertThat(refused).isNotNull();
        assertThat(rootCause(refused).getMessage())
                .contains("No payment provider", "STRIPE_API_KEY", "TECHAN_PAYMENTS=stub");
    }

    @Test
    void aStripeKeyWithoutThePublishableKeyIsRefusedAtStart() {
        Throwable refused = catchThrowable(() -> ApplicationContext.run(
                        Map.of("stripe.api-key", "sk_test_real", "stripe.webhook-secret", "whsec_real"), "test")
                .close());

        assertThat(refused).isNotNull();
        assertThat(rootCause(refused).getMessage()).contains("STRIPE_PUBLISHABLE_KEY", "Stripe.js");
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
