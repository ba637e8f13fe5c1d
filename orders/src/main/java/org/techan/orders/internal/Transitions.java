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
import org.techan.platform.SqlScript;

/** Writes the timeline: every state an order enters, with who moved it (none for the marketplace itself). */
final class Transitions {

    private Transitions() {}

    /**
     * The first step of orders just inserted in {@code script}, in one statement: the i-th buyer's
     * order is the i-th id from {@code @techan_order} on.
     */
    static void recordPlaced(SqlScript script, List<Actor> buyers, Instant at) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < buyers.size(); i++) {
            values.addAll(Arrays.asList(
                    i,
                    OrderState.PENDING_PAYMENT.name(),
                    buyers.get(i).accountId(),
                    buyers.get(i).role().name()));
        }
        script.add("SET @techan_transition_at = ?", Timestamp.from(at));
        script.add(
                "INSERT INTO orders_transition (order_id, from_state, to_state, actor_id, actor_role, note, at) VALUES "
                        + SqlScript.rows(
                                "(@techan_order + ? * @@auto_increment_increment, NULL, ?, ?, ?, NULL, @techan_transition_at)",
                                buyers.size()),
                values);
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
