package org.techan.storefront.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.ConfigurationInterceptUrlMapRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Lets a metrics scraper read {@code /prometheus} with {@code Authorization: Bearer
 * $TECHAN_METRICS_TOKEN}; scrapers have no session. Without a configured token only signed-in
 * operators can read it (the URL map says so).
 */
@Singleton
class MetricsScrapeRule implements SecurityRule<HttpRequest<?>> {

    static final String PATH = "/prometheus";
    private static final String BEARER = "Bearer ";

    private final byte @Nullable [] token;

    MetricsScrapeRule(@Value("${techan.metrics.token:}") String token) {
        this.token = token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Publisher<SecurityRuleResult> check(
            @Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (token == null || request == null || !PATH.equals(request.getPath())) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        boolean presented = header != null
                && header.startsWith(BEARER)
                && MessageDigest.isEqual(
                        token, header.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8));
        return Mono.just(presented ? SecurityRuleResult.ALLOWED : SecurityRuleResult.UNKNOWN);
    }

    @Override
    public int getOrder() {
        return ConfigurationInterceptUrlMapRule.ORDER - 100;
    }
}
