package org.techan.platform.internal;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PostConstruct;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.WatchedQueue;

/**
 * The log of closed sessions, read by every replica so a session signed out anywhere is forgotten
 * everywhere: the queue watch wakes the reader when newer closures exist. It skips to the newest
 * as the application starts (a context bean), before any session can be remembered: skipping at
 * the first poll instead would also skip a closure of a session remembered in between.
 */
@Context
@Requires(property = "techan.sessions.closures.enabled", notEquals = "false")
class SessionClosures extends WatchedQueue {

    private static final Logger LOG = LoggerFactory.getLogger(SessionClosures.class);
    private static final long NOT_STARTED = -1;

    private final AtomicLong lastRead = new AtomicLong(NOT_STARTED);
    private final CachedSessions sessions;
    private final DataSource dataSource;

    SessionClosures(
            CachedSessions sessions,
            DataSource dataSource,
            DataSourceResolver resolver,
            @Value("${techan.sessions.closures.poll-interval:250ms}") Duration fastest) {
        super(fastest, Duration.ofMinutes(5));
        this.sessions = sessions;
        this.dataSource = resolver.resolve(dataSource);
    }

    @Override
    public String workDueQuery() {
        return "SELECT 1 FROM platform_session_closure WHERE id > " + lastRead.get() + " LIMIT 1";
    }

    /** Where reading starts: after every closure written before this replica remembered anything. */
    @PostConstruct
    void skipToNewest() {
        readNew();
    }

    @Scheduled(
            fixedDelay = "${techan.sessions.closures.poll-interval:250ms}",
            initialDelay = "${techan.sessions.closures.poll-interval:250ms}")
    void read() {
        pace().lookIfDue(this::readNew);
    }

    private boolean readNew() {
        boolean starting = lastRead.get() == NOT_STARTED;
        String sql = starting
                ? "SELECT COALESCE(MAX(id), 0), NULL FROM platform_session_closure"
                : "SELECT id, token_hash FROM platform_session_closure WHERE id > ? ORDER BY id LIMIT 1000";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            if (!starting) {
                select.setLong(1, lastRead.get());
            }
            boolean any = false;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString(2) != null) {
                        sessions.forget(rows.getString(2));
                        any = true;
                    }
                    lastRead.accumulateAndGet(rows.getLong(1), Math::max);
                }
            }
            return any;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Cannot read which sessions were closed; remembered sessions expire on their own meanwhile", e);
            return true;
        }
    }
}
