package org.techan.platform;

import java.time.Duration;

/**
 * A table a poller drains (an outbox, the index queue, payment news, stock holds running out) and
 * the poller's pace. The platform's queue watch asks every such table at once whether it has work,
 * in one statement outside any transaction, and wakes the pollers that have some; a poller that
 * finds nothing backs off for long, so an idle app costs one cheap statement a second instead of a
 * transaction per poller. A module declares one bean per queue.
 */
public abstract class WatchedQueue {

    private final IdleBackoff pace;

    protected WatchedQueue(Duration fastest, Duration slowest) {
        this.pace = new IdleBackoff(fastest, slowest);
    }

    /**
     * A query, without parameters, that returns a row when work is due now, e.g.
     * {@code SELECT 1 FROM x_outbox WHERE published_at IS NULL LIMIT 1}.
     */
    public abstract String workDueQuery();

    /** The poller's pace: woken by a local write, or by the watch when it sees work. */
    public final IdleBackoff pace() {
        return pace;
    }
}
