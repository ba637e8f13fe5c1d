package org.techan.platform.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.techan.platform.Outbox;
import org.techan.platform.OutboxTable;
import org.techan.platform.PublishedHere;
import org.techan.platform.SqlScript;

@Singleton
class JdbcOutbox implements Outbox {

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final OutboxPace pace;
    private final List<PublishedHere> witnesses;

    JdbcOutbox(JdbcOperations jdbc, JsonMapper json, OutboxPace pace, List<PublishedHere> witnesses) {
        this.witnesses = List.copyOf(witnesses);
        this.jdbc = jdbc;
        this.json = json;
        this.pace = pace;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public String publish(OutboxTable table, Object event) {
        String eventId = UUID.randomUUID().toString();
        String sql = "INSERT INTO " + table.name() + " (event_id, event_type, payload) VALUES (?, ?, ?)";
        try (PreparedStatement insert = jdbc.getConnection().prepareStatement(sql)) {
            insert.setString(1, eventId);
            insert.setString(2, event.getClass().getName());
            insert.setString(3, json.writeValueAsString(event));
            insert.executeUpdate();
            pace.pace().wake();
            tell(table, List.of(event));
            return eventId;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not write " + event.getClass().getSimpleName() + " to " + table.name(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<String> publishAll(OutboxTable table, List<?> events) {
        SqlScript script = new SqlScript();
        List<String> eventIds = publishAll(script, table, events);
        try {
            script.run(jdbc.getConnection());
            pace.pace().wake();
            return eventIds;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write " + events.size() + " events to " + table.name(), e);
        }
    }

    @Override
    public List<String> publishAll(SqlScript script, OutboxTable table, List<?> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<String> eventIds = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Object event : events) {
            String eventId = UUID.randomUUID().toString();
            eventIds.add(eventId);
            values.add(eventId);
            values.add(event.getClass().getName());
            try {
                values.add(json.writeValueAsString(event));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        script.add(
                "INSERT INTO " + table.name() + " (event_id, event_type, payload) VALUES "
                        + SqlScript.rows("(?, ?, ?)", events.size()),
                values);
        pace.pace().wake();
        tell(table, events);
        return eventIds;
    }

    private void tell(OutboxTable table, List<?> events) {
        for (PublishedHere witness : witnesses) {
            for (Object event : events) {
                witness.published(table, event);
            }
        }
    }
}
