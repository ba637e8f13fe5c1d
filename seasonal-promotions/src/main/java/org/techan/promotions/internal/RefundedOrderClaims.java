package org.techan.promotions.internal;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.techan.orders.OrderRefunded;
import org.techan.orders.RefundedLine;
import org.techan.platform.OutboxSubscriber;
import org.techan.platform.SqlScript;

/**
 * Money given back after payment on an order that claimed campaign discounts, kept for the
 * campaign report: a funder owes nothing for an order refunded in full. Budgets and caps are not
 * given back (the sale happened; a refund is not a cancellation). Once per event: its id is the key.
 */
@Singleton
class RefundedOrderClaims implements OutboxSubscriber<OrderRefunded> {

    private final PromotionsSql sql;
    private final Clock clock;

    RefundedOrderClaims(PromotionsSql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public Class<OrderRefunded> eventType() {
        return OrderRefunded.class;
    }

    @Override
    public void on(OrderRefunded event, String eventId) {
        // Orders without campaign discounts are most refunds: nothing of theirs is kept here.
        boolean claimed = !sql.query(
                        "SELECT 1 FROM promotions_claim WHERE order_number = ? AND released_at IS NULL LIMIT 1",
                        row -> row.getInt(1),
                        event.orderNumber())
                .isEmpty();
        if (!claimed) {
            return;
        }
        List<RefundedLine> lines = event.lines() == null || event.lines().isEmpty()
                ? java.util.Collections.singletonList(null)
                : event.lines();
        List<Object> values = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (int i = 0; i < lines.size(); i++) {
            RefundedLine line = lines.get(i);
            values.addAll(Arrays.asList(
                    eventId,
                    i,
                    event.orderNumber(),
                    line == null ? null : line.skuId(),
                    line == null ? event.amount() : line.amount(),
                    event.complete(),
                    now));
        }
        sql.update(
                "INSERT IGNORE INTO promotions_refund (event_id, line, order_number, sku_id, amount, complete,"
                        + " refunded_at) VALUES " + SqlScript.rows("(?, ?, ?, ?, ?, ?, ?)", lines.size()),
                values.toArray());
    }
}
