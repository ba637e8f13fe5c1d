package org.techan.platform.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.techan.platform.AccountView;
import org.techan.platform.OpenedSession;
import org.techan.platform.SessionView;
import org.techan.platform.Sessions;

/**
 * Sessions as every signed-in request looks them up: from this replica's memory for up to
 * {@code cache-ttl} after the database last confirmed them, so a signed-in page does not cost a
 * database round trip. Signing out forgets the session here at once and, through the closure log
 * the queue watch looks into, on every other replica within a second or two. An entry is never used
 * past the moment its session would have expired, nor a minute after the database last confirmed it
 * (so a session in use keeps having its last use written).
 */
@Singleton
class CachedSessions implements Sessions {

    private final SessionStore store;
    private final Clock clock;
    private final Cache<String, SessionStore.Remembered> remembered;

    CachedSessions(SessionStore store, Clock clock, @Value("${techan.sessions.cache-ttl:30s}") Duration ttl) {
        this.store = store;
        this.clock = clock;
        this.remembered =
                Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(ttl).build();
    }

    @Override
    public OpenedSession open(AccountView account) {
        return store.open(account);
    }

    @Override
    public Optional<SessionView> find(String token) {
        if (!SessionStore.wellFormed(token)) {
            return Optional.empty();
        }
        String key = SessionStore.hash(token);
        SessionStore.Remembered known = remembered.getIfPresent(key);
        if (known != null && known.usableAt(clock.instant())) {
            return Optional.of(known.session());
        }
        Optional<SessionStore.Remembered> found = store.find(token);
        found.ifPresentOrElse(session -> remembered.put(key, session), () -> remembered.invalidate(key));
        return found.map(SessionStore.Remembered::session);
    }

    @Override
    public void close(String token) {
        if (!SessionStore.wellFormed(token)) {
            return;
        }
        store.close(token);
        forget(SessionStore.hash(token));
    }

    /** A session closed here or on another replica. */
    void forget(String tokenHash) {
        remembered.invalidate(tokenHash);
    }
}
