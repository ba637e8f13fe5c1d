package org.techan.storefront.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import org.techan.orders.OrdersApi;
import org.techan.platform.Role;
import org.techan.storefront.security.CsrfTokens;
import org.techan.storefront.security.SignedIn;

/**
 * Who is looking at a page, for the layout (name, sign-out) and for forms (CSRF token). The token
 * is fetched only when a template asks for it, so pages without forms set no cookie.
 */
public final class Viewer {

    private final HttpRequest<?> request;
    private final CsrfTokens tokens;
    private final @Nullable Authentication authentication;
    private final OrdersApi orders;

    Viewer(HttpRequest<?> request, CsrfTokens tokens, OrdersApi orders) {
        this.request = request;
        this.tokens = tokens;
        this.orders = orders;
        this.authentication = SignedIn.authentication(request).orElse(null);
    }

    public boolean isSignedIn() {
        return authentication != null;
    }

    public @Nullable String getDisplayName() {
        return authentication == null ? null : SignedIn.displayName(authentication);
    }

    public boolean isOperator() {
        return authentication != null && SignedIn.actor(authentication).isOperator();
    }

    public boolean isShopStaff() {
        return authentication != null && SignedIn.actor(authentication).role() == Role.SHOP_STAFF;
    }

    public boolean isConsumer() {
        return authentication != null && SignedIn.actor(authentication).role() == Role.CONSUMER;
    }

    public boolean isStoreClerk() {
        return authentication != null && SignedIn.actor(authentication).role() == Role.STORE_CLERK;
    }

    public boolean isWholesaleBuyer() {
        return authentication != null && SignedIn.actor(authentication).role() == Role.WHOLESALE_BUYER;
    }

    /** Whether the layout shows the inbox: to shoppers and business buyers. */
    public boolean isNoticed() {
        return isConsumer() || isWholesaleBuyer();
    }

    /** Unread notices of a signed-in buyer, asked only when the layout shows the inbox link. */
    public int getUnreadNotices() {
        return isNoticed() ? orders.unreadNotices(SignedIn.actor(authentication)) : 0;
    }

    /**
     * The page being shown, for sign-in and sign-up links to come back to (a path on this site);
     * empty on the sign-in pages themselves and after a form post, which cannot be shown again.
     */
    public String getHere() {
        String path = request.getPath();
        if (request.getMethod() != HttpMethod.GET || path.startsWith("/sign-")) {
            return "";
        }
        String query = request.getUri().getRawQuery();
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    public String getCsrfToken() {
        return tokens.forForm(request);
    }
}
