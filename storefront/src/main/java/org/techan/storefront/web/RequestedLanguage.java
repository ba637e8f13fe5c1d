package org.techan.storefront.web;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides the language of a request: {@code ?lang=} first, then the language cookie set by an
 * earlier {@code ?lang=}, then {@code Accept-Language}, then zh-CN. Only supported languages ever
 * come out, so every page is rendered from a complete bundle.
 */
@Singleton
class RequestedLanguage implements HttpLocaleResolver {

    @Override
    public @NonNull Optional<Locale> resolve(@NonNull HttpRequest<?> request) {
        return Optional.of(request.getParameters()
                .getFirst(SupportedLanguages.PARAMETER)
                .flatMap(SupportedLanguages::match)
                .or(() -> request.getCookies()
                        .findCookie(SupportedLanguages.COOKIE)
                        .map(Cookie::getValue)
                        .flatMap(SupportedLanguages::match))
                .or(() -> SupportedLanguages.fromAcceptLanguage(
                        request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(SupportedLanguages.DEFAULT));
    }

    @Override
    public @NonNull Locale resolveOrDefault(@NonNull HttpRequest<?> request) {
        return resolve(request).orElse(SupportedLanguages.DEFAULT);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
