package org.techan.platform.internal;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

@Singleton
class SessionPurge {

    private final SessionStore sessions;
    private final SignInThrottle throttle;
    private final Clock clock;

    SessionPurge(SessionStore sessions, SignInThrottle throttle, Clock clock) {
        this.sessions = sessions;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Idempotent deletes: every replica may run it. */
    @Scheduled(fixedDelay = "${techan.sessions.purge-interval:10m}", initialDelay = "1m")
    void purge() {
        sessions.purgeExpired();
        throttle.forget(clock.instant().minus(Duration.ofDays(1)));
    }
}
