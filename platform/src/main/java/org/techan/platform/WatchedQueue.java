package org.techan.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A table a poller drains (an outbox, the index queue, payment news, stock holds running out) and
 * the poller's pace. The platform's queue watch asks every such table at once whether it has work,
 * in one statement outside any transaction, and wakes the pollers that have some; a poller that
 * finds nothing backs off for long, so an idle app costs one cheap statement a second instead of a
 * transaction per poller. A module declares one bean per queue.
 */
public abstract class WatchedQueue {

    private static final DateTimeFormatter SQL_TIME =
            DateTimeFormatter.ofPattern("''yyyy-MM-dd HH:mm:ss.SSS''").withZone(ZoneOffset.UTC);

    private final IdleBackoff pace;

    protected WatchedQueue(Duration fastest, Duration slowest) {
        this.pace = new IdleBackoff(fastest, slowest);
    }

    /**
     * A query, without parameters, that returns a row when work is due now, e.g.
     * {@code SELECT 1 FROM x_outbox WHERE published_at IS NULL LIMIT 1}.
     */
    public abstract String workDueQuery();

    /**
     * {@code instant} as a quoted SQL time (UTC, as the app's connections store times), for a query
     * whose poller decides what is due by the app's clock rather than the database's.
     */
    protected static String sqlTime(Instant instant) {
        return SQL_TIME.format(instant);
    }

    /** The poller's pace: woken by a local write, or by the watch when it sees work. */
    public final IdleBackoff pace() {
        return pace;
    }
}
