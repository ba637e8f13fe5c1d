package org.techan.storefront.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.filter.ServerFilterPhase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Refuses state-changing requests that do not echo the visitor's CSRF token, in the
 * {@code X-CSRF-Token} header or the {@code _csrf} form field. API calls that carry no session
 * cookie are exempt: with no ambient credential there is nothing another site could borrow
 * (payment webhooks, programmatic clients). Anonymous page forms are checked too, so nobody can
 * sign a visitor into someone else's account (login CSRF).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfFilter implements Ordered {

    private static final Set<HttpMethod> SAFE =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    /** Called by programs (API clients, Stripe's SDK talking to the stub), never by our forms. */
    private static final List<String> MACHINE_PATHS = List.of("/api/", "/stripe-stub/");

    private final CsrfTokens tokens;
    private final SessionCookie sessionCookie;
    private final CsrfRejection rejection;

    CsrfFilter(CsrfTokens tokens, SessionCookie sessionCookie, CsrfRejection rejection) {
        this.tokens = tokens;
        this.sessionCookie = sessionCookie;
        this.rejection = rejection;
    }

    /** Empty means "carry on"; a response means the request stops here. */
    @RequestFilter
    Publisher<Optional<HttpResponse<?>>> check(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod()) || exempt(request)) {
            return Mono.just(Optional.empty());
        }
        String expected = tokens.expected(request);
        String header = request.getHeaders().get(CsrfTokens.HEADER);
        if (header != null) {
            return Mono.just(verdict(request, expected, header));
        }
        boolean multipart = request.getContentType()
                .map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                .orElse(false);
        boolean form = request.getContentType()
                .map(type -> type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                .orElse(false);
        if (!(form || multipart) || !(request instanceof ServerHttpRequest<?> server)) {
            return Mono.just(Optional.of(rejection.respond(request)));
        }
        // The body is read here and handed on intact; uploads are bounded by max-request-size.
        return Mono.fromFuture(server.byteBody()
                .split(ByteBody.SplitBackpressureMode.FASTEST)
                .allowDiscard()
                .buffer()
                .thenApply(body -> {
                    try (body) {
                        String submitted = multipart
                                ? CsrfField.inMultipart(body.toByteArray())
                                : CsrfField.inForm(body.toString(StandardCharsets.UTF_8));
                        return verdict(request, expected, submitted);
                    }
                }));
    }

    private Optional<HttpResponse<?>> verdict(
            HttpRequest<?> request, @Nullable String expected, @Nullable String submitted) {
        return tokens.matches(expected, submitted) ? Optional.empty() : Optional.of(rejection.respond(request));
    }

    @ResponseFilter
    void issueAnonymousToken(HttpRequest<?> request, MutableHttpResponse<?> response) {
        tokens.issuedCookie(request).ifPresent(response::cookie);
    }

    private boolean exempt(HttpRequest<?> request) {
        String path = request.getPath();
        return sessionCookie.token(request).isEmpty() && MACHINE_PATHS.stream().anyMatch(path::startsWith);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
