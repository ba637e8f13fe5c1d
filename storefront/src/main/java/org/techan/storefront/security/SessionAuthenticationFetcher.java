package org.techan.storefront.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import org.techan.platform.Sessions;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Signs a request in from its session cookie; the lookup is a database read, so it runs off the event loop. */
@Singleton
class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final Sessions sessions;
    private final SessionCookie cookie;
    private final Scheduler blocking;

    SessionAuthenticationFetcher(
            Sessions sessions, SessionCookie cookie, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.cookie = cookie;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return cookie.token(request)
                .map(token -> Mono.fromCallable(() -> sessions.find(token).orElse(null))
                        .subscribeOn(blocking)
                        .map(session -> Authentication.build(
                                session.account().login(),
                                List.of(session.account().role().name()),
                                Map.of(
                                        SignedIn.ACCOUNT_ID, session.account().id(),
                                        SignedIn.DISPLAY_NAME, session.account().displayName(),
                                        SignedIn.ROLE, session.account().role().name(),
                                        SignedIn.CSRF_TOKEN, session.csrfToken()))))
                .orElseGet(Mono::empty);
    }
}
