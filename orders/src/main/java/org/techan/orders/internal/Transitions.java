package org.techan.orders.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.Timestamp;
import java.time.Instant;
import org.techan.orders.OrderState;
import org.techan.platform.Actor;

/** Writes the timeline: every state an order enters, with who moved it (none for the marketplace itself). */
final class Transitions {

    private Transitions() {}

    static void record(
            JdbcOperations jdbc,
            long orderId,
            @Nullable OrderState from,
            OrderState to,
            @Nullable Actor actor,
            @Nullable String note,
            Instant at) {
        Statements.update(
                jdbc,
                "INSERT INTO orders_transition (order_id, from_state, to_state, actor_id, actor_role, note, at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                orderId,
                from == null ? null : from.name(),
                to.name(),
                actor == null ? null : actor.accountId(),
                actor == null ? null : actor.role().name(),
                note,
                Timestamp.from(at));
    }
}
