package org.techan.storefront.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.time.Duration;

/** Remembers a language picked with {@code ?lang=} so the following pages stay in it. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class LanguageCookieFilter {

    @ResponseFilter
    void remember(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getParameters()
                .getFirst(SupportedLanguages.PARAMETER)
                .flatMap(SupportedLanguages::match)
                .ifPresent(locale -> response.cookie(Cookie.of(SupportedLanguages.COOKIE, locale.toLanguageTag())
                        .path("/")
                        .httpOnly(true)
                        .sameSite(SameSite.Lax)
                        .maxAge(Duration.ofDays(365))));
    }
}
