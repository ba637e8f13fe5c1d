package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
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
import org.techan.platform.ConflictException;
import org.techan.platform.OpenedSession;
import org.techan.platform.RuleViolationException;
import org.techan.platform.Sessions;
import org.techan.platform.SignUpCommand;
import org.techan.storefront.security.SessionCookie;

/** Shoppers open an account with their mobile number or e-mail address and are signed in at once. */
@Hidden
@Controller("/sign-up")
@ExecuteOn(TaskExecutors.BLOCKING)
class SignUpController {

    private final Accounts accounts;
    private final Sessions sessions;
    private final SessionCookie cookie;
    private final FailureText failures;
    private final VisitorCarts carts;
    private final HttpClientAddressResolver clientAddress;

    SignUpController(
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

    @View("sign-up")
    @Get(produces = MediaType.TEXT_HTML)
    SignUpPage form(@QueryValue @Nullable String next) {
        return new SignUpPage(
                "", "", SignInController.safe(next), accounts.legalTerms().version(), null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signUp(HttpRequest<?> request, @Body SignUpForm form) {
        AccountView account;
        try {
            account = accounts.signUp(
                    new SignUpCommand(
                            form.login(),
                            form.password(),
                            form.displayName(),
                            form.acceptTerms() != null,
                            form.termsVersion()),
                    clientAddress.resolve(request));
        } catch (RuleViolationException | ConflictException refused) {
            HttpStatus status = ErrorResponses.statusOf(refused);
            return HttpResponse.status(status)
                    .body(new ModelAndView<>(
                            "sign-up",
                            new SignUpPage(
                                    form.login() == null ? "" : form.login(),
                                    form.displayName() == null ? "" : form.displayName(),
                                    SignInController.safe(form.next()),
                                    accounts.legalTerms().version(),
                                    failures.of(request, refused))));
        }
        cookie.token(request).ifPresent(sessions::close);
        OpenedSession session = sessions.open(account);
        return carts.handOver(
                request,
                account,
                HttpResponse.seeOther(URI.create(safe(form.next()))).cookie(cookie.carrying(session.token())));
    }

    /** Back where the shopper was (the checkout, say); only paths on this site. */
    private static String safe(@Nullable String next) {
        return SignInController.safe(next).isEmpty() ? "/" : next;
    }

    @Serdeable
    record SignUpForm(
            @Nullable String login,
            @Nullable String password,
            @Nullable String displayName,
            @Nullable String next,
            @Nullable String acceptTerms,
            @Nullable String termsVersion) {

        @Override
        public String toString() {
            return "SignUpForm[login=" + login + "]";
        }
    }

    @Introspected
    record SignUpPage(String login, String displayName, String next, String termsVersion, @Nullable String error) {}
}
