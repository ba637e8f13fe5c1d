package org.techan.platform.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.techan.platform.OutboxTable;
import org.techan.platform.WatchedQueue;

/**
 * How often the outbox relay looks: often while events come, rarely while none do; woken by a publish
 * here, or by the queue watch when another replica published.
 */
@Singleton
class OutboxPace extends WatchedQueue {

    private final String workDue;

    OutboxPace(
            List<OutboxTable> tables,
            @Value("${techan.outbox.poll-interval:250ms}") Duration fastest,
            @Value("${techan.outbox.idle-poll-interval:5m}") Duration slowest) {
        super(fastest, slowest);
        this.workDue = tables.isEmpty()
                ? "SELECT 1 FROM DUAL WHERE FALSE"
                : tables.stream()
                        .map(table -> "(SELECT 1 FROM " + table.name()
                                + " WHERE published_at IS NULL AND next_attempt_at <= CURRENT_TIMESTAMP LIMIT 1)")
                        .collect(Collectors.joining(" UNION ALL "));
    }

    @Override
    public String workDueQuery() {
        return workDue;
    }
}
