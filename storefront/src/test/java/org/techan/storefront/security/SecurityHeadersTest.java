package org.techan.storefront.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.techan.platform.StripeEndpoint;

/** The page policy opens Stripe's hosts only when the payment page really loads Stripe.js from Stripe. */
class SecurityHeadersTest {

    private static final SessionCookie PLAIN_COOKIE = new SessionCookie(false, Duration.ofDays(7));

    @Test
    void withRealStripeThePolicyAllowsStripeJsItsApiAndItsFramesAndNothingElse() {
        String policy = policyWith(new StripeEndpoint(
                "https://api.stripe.com", "sk_test_x", "whsec_x", "pk_test_x", "https://js.stripe.com/v3/"));

        assertThat(policy)
                .contains("script-src 'self' https://js.stripe.com;")
                .contains("connect-src 'self' https://api.stripe.com;")
                .contains("frame-src https://js.stripe.com https://hooks.stripe.com;")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
    }

    @Test
    void withTheStubOnlyOurOwnScriptsRun() {
        String policy = policyWith(new StripeEndpoint(
                "http://127.0.0.1:8080/stripe-stub",
                "sk_test_techan_stub",
                "whsec_x",
                "pk_test_techan_stub",
                "/stripe-stub/v3/stripe.js"));

        assertThat(policy).contains("script-src 'self';").doesNotContain("stripe.com");
    }

    private static String policyWith(StripeEndpoint endpoint) {
        MutableHttpResponse<?> response = HttpResponse.ok();
        new SecurityHeaders(PLAIN_COOKIE, Optional.of(endpoint)).add(HttpRequest.GET("/"), response);
        return response.getHeaders().get("Content-Security-Policy");
    }
}
