package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import org.techan.platform.AccountView;
import org.techan.platform.Accounts;
import org.techan.platform.OpenedSession;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.platform.Sessions;
import org.techan.platform.TooManyAttemptsException;
import org.techan.storefront.security.SessionCookie;

/** One sign-in page for every role; each lands on its own console afterwards. */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInController {

    static final String PATH = "/sign-in";

    private final Accounts accounts;
    private final Sessions sessions;
    private final SessionCookie cookie;
    private final FailureText failures;
    private final VisitorCarts carts;
    private final HttpClientAddressResolver clientAddress;

    SignInController(
            Accounts accounts,
            Sessions sessions,
            SessionCookie cookie,
            FailureText failures,
            VisitorCarts carts,
            HttpClientAddressResolver clientAddress) {
        this.clientAddress = clientAddress;
        this.carts = carts;
        this.accounts = accounts;
        this.sessions = sessions;
        this.cookie = cookie;
        this.failures = failures;
    }

    @View("sign-in")
    @Get(uri = PATH, produces = MediaType.TEXT_HTML)
    SignInPage form(@QueryValue @Nullable String next, @QueryValue @Nullable String applied) {
        return new SignInPage("", safe(next), null, applied != null);
    }

    @Post(uri = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body SignInForm form) {
        String login = form.login() == null ? "" : form.login();
        AccountView account;
        try {
            account = accounts.authenticate(
                    login, form.password() == null ? "" : form.password(), clientAddress.resolve(request));
        } catch (RuleViolationException refused) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>(
                            "sign-in", new SignInPage(login, safe(form.next()), failures.of(request, refused), false)));
        } catch (TooManyAttemptsException wait) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(wait.retryAfterSeconds()))
                    .body(new ModelAndView<>(
                            "sign-in", new SignInPage(login, safe(form.next()), failures.of(request, wait), false)));
        }
        // A fresh token on every sign-in: a token planted before sign-in (fixation) stays anonymous.
        cookie.token(request).ifPresent(sessions::close);
        OpenedSession session = sessions.open(account);
        String target = safe(form.next());
        return carts.handOver(
                request,
                account,
                HttpResponse.seeOther(URI.create(target.isEmpty() ? home(account.role()) : target))
                        .cookie(cookie.carrying(session.token())));
    }

    @Post(uri = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(HttpRequest<?> request) {
        cookie.token(request).ifPresent(sessions::close);
        return HttpResponse.seeOther(URI.create("/")).cookie(cookie.cleared());
    }

    private static String home(Role role) {
        return switch (role) {
            case OPERATOR -> "/ops";
            case SHOP_STAFF -> "/coop";
            case CONSUMER -> "/";
            case STORE_CLERK -> "/store";
            case WHOLESALE_BUYER -> "/wholesale";
        };
    }

    /** Only paths on this site: an open redirect would let a phishing link borrow our sign-in page. */
    static String safe(@Nullable String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.startsWith("/\\")
                || next.length() > 500) {
            return "";
        }
        return next;
    }

    @Serdeable
    record SignInForm(@Nullable String login, @Nullable String password, @Nullable String next) {

        @Override
        public String toString() {
            return "SignInForm[login=" + login + "]";
        }
    }

    @Introspected
    record SignInPage(String login, String next, @Nullable String error, boolean applied) {}
}
