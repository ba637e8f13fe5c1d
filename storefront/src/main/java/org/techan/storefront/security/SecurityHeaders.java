package org.techan.storefront.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Optional;
import org.techan.platform.StripeEndpoint;

/**
 * Headers every answer carries. The pages have no inline script or style, so the policy allows
 * only our own files: an injected {@code <script>} would not run. No page may be framed
 * (clickjacking), and other sites learn at most our origin from a link.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    /**
     * With real Stripe, the payment page loads Stripe.js from Stripe, which talks to Stripe's API
     * and shows the card fields (and 3-D Secure) in Stripe's frames: the hosts Stripe documents.
     */
    static final String POLICY_WITH_STRIPE = "default-src 'self'; script-src 'self' https://js.stripe.com;"
            + " style-src 'self'; img-src 'self' data: https://*.stripe.com;"
            + " connect-src 'self' https://api.stripe.com;"
            + " frame-src https://js.stripe.com https://hooks.stripe.com; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    private final SessionCookie cookie;
    private final String policy;

    SecurityHeaders(SessionCookie cookie, Optional<StripeEndpoint> payments) {
        this.cookie = cookie;
        this.policy = payments.filter(StripeEndpoint::scriptIsExternal).isPresent() ? POLICY_WITH_STRIPE : POLICY;
    }

    @ResponseFilter
    void add(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", policy);
        response.header("X-Frame-Options", "DENY");
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "strict-origin-when-cross-origin");
        if (cookie.secure()) {
            // Only where the site is served over HTTPS (secure cookies say so): a year, then renewed.
            response.header("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
