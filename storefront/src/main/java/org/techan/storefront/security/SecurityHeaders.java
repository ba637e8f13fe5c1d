package org.techan.storefront.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

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

    private final SessionCookie cookie;

    SecurityHeaders(SessionCookie cookie) {
        this.cookie = cookie;
    }

    @ResponseFilter
    void add(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", POLICY);
        response.header("X-Frame-Options", "DENY");
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "strict-origin-when-cross-origin");
        if (cookie.secure()) {
            // Only where the site is served over HTTPS (secure cookies say so): a year, then renewed.
            response.header("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
