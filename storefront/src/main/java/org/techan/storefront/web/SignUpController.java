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
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.platform.Sessions;
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

    SignUpController(Accounts accounts, Sessions sessions, SessionCookie cookie, FailureText failures) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.cookie = cookie;
        this.failures = failures;
    }

    @View("sign-up")
    @Get(produces = MediaType.TEXT_HTML)
    SignUpPage form() {
        return new SignUpPage("", "", null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signUp(HttpRequest<?> request, @Body SignUpForm form) {
        AccountView account;
        try {
            account = accounts.register(
                    new RegisterAccountCommand(form.login(), form.password(), form.displayName(), Role.CONSUMER));
        } catch (RuleViolationException | ConflictException refused) {
            HttpStatus status = ErrorResponses.statusOf(refused);
            return HttpResponse.status(status)
                    .body(new ModelAndView<>(
                            "sign-up",
                            new SignUpPage(
                                    form.login() == null ? "" : form.login(),
                                    form.displayName() == null ? "" : form.displayName(),
                                    failures.of(request, refused))));
        }
        cookie.token(request).ifPresent(sessions::close);
        OpenedSession session = sessions.open(account);
        return HttpResponse.seeOther(URI.create("/")).cookie(cookie.carrying(session.token()));
    }

    @Serdeable
    record SignUpForm(@Nullable String login, @Nullable String password, @Nullable String displayName) {

        @Override
        public String toString() {
            return "SignUpForm[login=" + login + "]";
        }
    }

    @Introspected
    record SignUpPage(String login, String displayName, @Nullable String error) {}
}
