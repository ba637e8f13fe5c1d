package org.techan.orders.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.techan.orders.OrderState;
import org.techan.platform.Actor;

/** Writes the timeline: every state an order enters, with who moved it (none for the marketplace itself). */
final class Transitions {

    private Transitions() {}

    /** The first step of newly placed orders, each by its buyer, in one statement. */
    static void recordPlaced(JdbcOperations jdbc, List<Long> orderIds, List<Actor> buyers, Instant at) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < orderIds.size(); i++) {
            values.addAll(Arrays.asList(
                    orderIds.get(i),
                    OrderState.PENDING_PAYMENT.name(),
                    buyers.get(i).accountId(),
                    buyers.get(i).role().name(),
                    Timestamp.from(at)));
        }
        Statements.update(
                jdbc,
                "INSERT INTO orders_transition (order_id, from_state, to_state, actor_id, actor_role, note, at) VALUES "
                        + Statements.rows("(?, NULL, ?, ?, ?, NULL, ?)", orderIds.size()),
                values.toArray());
    }

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
