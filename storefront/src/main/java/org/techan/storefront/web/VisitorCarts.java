package org.techan.storefront.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.techan.orders.CartHolder;
import org.techan.orders.OrdersApi;
import org.techan.platform.AccountView;
import org.techan.platform.Actor;
import org.techan.platform.Role;

/**
 * Whose cart a request means: a signed-in visitor's account cart, or an anonymous visitor's cart
 * named by a random token in the {@value #COOKIE} cookie, which joins the account cart on sign-in.
 */
@Singleton
public class VisitorCarts {

    static final String COOKIE = "techan_cart";
    private static final Duration KEPT = Duration.ofDays(30);

    private final SecureRandom random = new SecureRandom();
    private final OrdersApi orders;
    private final boolean secure;

    VisitorCarts(OrdersApi orders, @Value("${techan.sessions.secure-cookie:false}") boolean secure) {
        this.orders = orders;
        this.secure = secure;
    }

    /** The cart to read: none yet for a first-time visitor (an empty cart is shown). */
    public Optional<CartHolder> existing(HttpRequest<?> request, @Nullable Actor actor) {
        if (actor != null) {
            return Optional.of(CartHolder.of(actor));
        }
        return token(request).map(CartHolder::visitor);
    }

    /** The cart to change: a visitor without one gets a fresh token, set on the response by {@link #keep}. */
    public CartHolder forChange(HttpRequest<?> request, @Nullable Actor actor) {
        return existing(request, actor).orElseGet(() -> CartHolder.visitor(newToken()));
    }

    /** Sets the cookie for a visitor's cart (again, so it lasts another 30 days from this change). */
    public <T> MutableHttpResponse<T> keep(MutableHttpResponse<T> response, CartHolder holder) {
        if (holder.visitorToken() != null) {
            response.cookie(cookie(holder.visitorToken()).maxAge(KEPT));
        }
        return response;
    }

    /** After a consumer signs in or up: their visitor cart joins the account's and the cookie goes. */
    public <T> MutableHttpResponse<T> handOver(
            HttpRequest<?> request, AccountView account, MutableHttpResponse<T> response) {
        Optional<String> token = token(request);
        if (token.isPresent() && account.role() == Role.CONSUMER) {
            orders.mergeCart(token.get(), account.actor());
            response.cookie(cookie("").maxAge(0));
        }
        return response;
    }

    private Optional<String> token(HttpRequest<?> request) {
        return request.getCookies()
                .findCookie(COOKIE)
                .map(Cookie::getValue)
                .filter(v -> v.length() >= 20 && v.length() <= 100);
    }

    private Cookie cookie(String value) {
        return Cookie.of(COOKIE, value).path("/").httpOnly(true).secure(secure).sameSite(SameSite.Lax);
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
