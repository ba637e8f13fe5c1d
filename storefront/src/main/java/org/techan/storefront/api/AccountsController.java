package org.techan.storefront.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.techan.platform.AccountView;
import org.techan.platform.Accounts;
import org.techan.platform.OpenedSession;
import org.techan.platform.Role;
import org.techan.platform.Sessions;
import org.techan.platform.SignUpCommand;
import org.techan.storefront.security.SessionCookie;
import org.techan.storefront.web.VisitorCarts;

/**
 * Signing in (every role) and signing up (consumers) for programmatic clients: the answer sets the
 * session cookie and carries the CSRF token that state-changing calls send in {@code X-CSRF-Token}.
 */
@Controller("/api/v1")
@Tag(name = "accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountsController {

    private final Accounts accounts;
    private final Sessions sessions;
    private final SessionCookie cookie;
    private final VisitorCarts carts;
    private final HttpClientAddressResolver clientAddress;

    AccountsController(
            Accounts accounts,
            Sessions sessions,
            SessionCookie cookie,
            VisitorCarts carts,
            HttpClientAddressResolver clientAddress) {
        this.clientAddress = clientAddress;
        this.carts = carts;
        this.accounts = accounts;
        this.sessions = sessions;
        this.cookie = cookie;
    }

    @Post("/sessions")
    @Operation(summary = "Signs in; answers the CSRF token and sets the session cookie")
    HttpResponse<SignedInAccount> signIn(HttpRequest<?> request, @Body Credentials credentials) {
        AccountView account = accounts.authenticate(
                credentials.login() == null ? "" : credentials.login(),
                credentials.password() == null ? "" : credentials.password(),
                clientAddress.resolve(request));
        return opened(request, account);
    }

    @Post("/consumers")
    @Operation(
            summary = "A consumer signs up with a mobile number or e-mail address as login, and is signed in",
            description = "acceptedTermsVersion is the version of the user agreement and privacy policy the"
                    + " shopper accepted (GET /api/v1/meta tells the one in force); without it, or with an"
                    + " older one, nothing is created")
    HttpResponse<SignedInAccount> signUp(HttpRequest<?> request, @Body SignUp form) {
        AccountView account = accounts.signUp(
                new SignUpCommand(
                        form.login(),
                        form.password(),
                        form.displayName(),
                        form.acceptedTermsVersion() != null,
                        form.acceptedTermsVersion()),
                clientAddress.resolve(request));
        return opened(request, account);
    }

    /** Signed in; a visitor cart kept in the cart cookie joins the consumer's cart. */
    private HttpResponse<SignedInAccount> opened(HttpRequest<?> request, AccountView account) {
        OpenedSession session = sessions.open(account);
        return carts.handOver(
                request,
                account,
                HttpResponse.created(new SignedInAccount(
                                account.login(),
                                account.displayName(),
                                account.role(),
                                session.session().csrfToken()))
                        .cookie(cookie.carrying(session.token())));
    }

    @Serdeable
    record Credentials(@Nullable String login, @Nullable String password) {}

    @Serdeable
    record SignUp(
            @Nullable String login,
            @Nullable String password,
            @Nullable String displayName,
            @Nullable String acceptedTermsVersion) {}

    @Serdeable
    record SignedInAccount(String login, String displayName, Role role, String csrfToken) {}
}
