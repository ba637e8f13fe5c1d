package org.techan.storefront.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import java.util.Optional;
import org.techan.platform.Actor;
import org.techan.platform.Role;

/** Reads the signed-in account back out of a request's {@link Authentication}. */
public final class SignedIn {

    static final String ACCOUNT_ID = "accountId";
    static final String DISPLAY_NAME = "displayName";
    static final String ROLE = "role";
    static final String CSRF_TOKEN = "csrfToken";

    private SignedIn() {}

    public static Optional<Authentication> authentication(HttpRequest<?> request) {
        return request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class);
    }

    public static Actor actor(Authentication authentication) {
        Object id = authentication.getAttributes().get(ACCOUNT_ID);
        return new Actor(((Number) id).longValue(), Role.valueOf((String)
                authentication.getAttributes().get(ROLE)));
    }

    public static String displayName(Authentication authentication) {
        return (String) authentication.getAttributes().get(DISPLAY_NAME);
    }

    public static @Nullable String csrfToken(@Nullable Authentication authentication) {
        return authentication == null
                ? null
                : (String) authentication.getAttributes().get(CSRF_TOKEN);
    }
}
