package org.techan.catalog.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.techan.platform.WatchedQueue;

/**
 * The catalog's outbox read as a log by every replica (the relay hands each event to one replica
 * only): the queue watch wakes the reader when rows newer than the last one read exist.
 */
@Singleton
class CatalogChangeFeed extends WatchedQueue {

    /** Nothing read yet: the reader starts from the newest row. */
    static final long NOT_STARTED = -1;

    private final AtomicLong lastRead = new AtomicLong(NOT_STARTED);

    CatalogChangeFeed(
            @Value("${techan.catalog.change-feed.poll-interval:250ms}") Duration fastest,
            @Value("${techan.catalog.change-feed.idle-poll-interval:5m}") Duration slowest) {
        super(fastest, slowest);
    }

    @Override
    public String workDueQuery() {
        return "SELECT 1 FROM catalog_outbox WHERE id > " + lastRead.get() + " LIMIT 1";
    }

    long lastRead() {
        return lastRead.get();
    }

    void read(long upTo) {
        lastRead.accumulateAndGet(upTo, Math::max);
    }
}
