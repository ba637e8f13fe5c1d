package org.techan.platform.internal;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

@Singleton
class SessionPurge {

    private final SessionStore sessions;

    SessionPurge(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Scheduled(fixedDelay = "${techan.sessions.purge-interval:10m}", initialDelay = "1m")
    void purge() {
        sessions.purgeExpired();
    }
}
