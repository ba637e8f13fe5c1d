package org.techan.platform.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.WatchedQueue;

/**
 * Looks into every watched queue with one statement in autocommit (no transaction, no session
 * settings) and wakes the pollers whose queue has work. This is how a replica notices what another
 * replica wrote within a second, while its pollers sleep.
 */
@Singleton
@Requires(property = "techan.queues.watch.enabled", notEquals = "false")
class QueueWatch {

    private static final Logger LOG = LoggerFactory.getLogger(QueueWatch.class);

    private final List<WatchedQueue> queues;
    private final DataSource dataSource;

    QueueWatch(List<WatchedQueue> queues, DataSource dataSource, DataSourceResolver resolver) {
        this.queues = List.copyOf(queues);
        this.dataSource = resolver.resolve(dataSource);
    }

    @Scheduled(fixedDelay = "${techan.queues.watch-interval:1s}", initialDelay = "${techan.queues.watch-interval:1s}")
    void look() {
        if (queues.isEmpty()) {
            return;
        }
        try {
            boolean[] due = dueQueues();
            for (int i = 0; i < due.length; i++) {
                if (due[i]) {
                    queues.get(i).pace().wake();
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Cannot look into the work queues; the pollers still look on their own, more slowly", e);
        }
    }

    private boolean[] dueQueues() throws SQLException {
        String sql = queues.stream()
                .map(queue -> "EXISTS(" + queue.workDueQuery() + ")")
                .collect(Collectors.joining(", ", "SELECT ", ""));
        boolean[] due = new boolean[queues.size()];
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            for (int i = 0; i < due.length; i++) {
                due[i] = row.getBoolean(i + 1);
            }
        }
        return due;
    }
}
