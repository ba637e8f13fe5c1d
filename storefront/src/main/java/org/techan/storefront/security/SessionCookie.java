package org.techan.storefront.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * The cookie that carries a session token. HttpOnly so scripts cannot read it, SameSite=Lax so
 * other sites cannot post with it, Secure wherever the site is served over HTTPS.
 */
@Singleton
public class SessionCookie {

    public static final String NAME = "techan_session";

    private final boolean secure;
    private final Duration maxAge;

    SessionCookie(
            @Value("${techan.sessions.secure-cookie:false}") boolean secure,
            @Value("${techan.sessions.max-lifetime:7d}") Duration maxAge) {
        this.secure = secure;
        this.maxAge = maxAge;
    }

    public Optional<String> token(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    public Cookie carrying(String token) {
        return Cookie.of(NAME, token)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(SameSite.Lax)
                .maxAge(maxAge);
    }

    public Cookie cleared() {
        return Cookie.of(NAME, "")
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(SameSite.Lax)
                .maxAge(0);
    }

    boolean secure() {
        return secure;
    }
}
