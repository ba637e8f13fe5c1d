package org.techan.platform;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records each event it sees in platform_probe_seen (idempotently, by event id). Events whose
 * text starts with "flaky" fail on their first delivery after writing, to prove the write is undone.
 */
@Singleton
class ProbeSubscriber implements OutboxSubscriber<ProbeHappened> {

    final Set<String> failedOnce = ConcurrentHashMap.newKeySet();
    /** Rows each delivery inserted (1) or found already there (0), per event. */
    final Map<String, List<Integer>> inserted = new ConcurrentHashMap<>();

    private final JdbcOperations jdbc;

    ProbeSubscriber(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Class<ProbeHappened> eventType() {
        return ProbeHappened.class;
    }

    @Override
    public void on(ProbeHappened event, String eventId) {
        try (PreparedStatement insert = jdbc.getConnection()
                .prepareStatement("INSERT IGNORE INTO platform_probe_seen (event_id, what) VALUES (?, ?)")) {
            insert.setString(1, eventId);
            insert.setString(2, event.what());
            inserted.computeIfAbsent(eventId, id -> new CopyOnWriteArrayList<>())
                    .add(insert.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (event.what().startsWith("flaky") && failedOnce.add(eventId)) {
            throw new IllegalStateException("first delivery of " + event.what() + " fails");
        }
    }
}
