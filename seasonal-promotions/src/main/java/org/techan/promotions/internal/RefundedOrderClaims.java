package org.techan.promotions.internal;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import org.techan.orders.OrderRefunded;
import org.techan.platform.OutboxSubscriber;

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
        sql.update(
                "INSERT IGNORE INTO promotions_refund (event_id, order_number, amount, complete, refunded_at)"
                        + " SELECT ?, ?, ?, ?, ? FROM DUAL WHERE EXISTS (SELECT 1 FROM promotions_claim"
                        + " WHERE order_number = ? AND released_at IS NULL)",
                eventId,
                event.orderNumber(),
                event.amount(),
                event.complete(),
                Timestamp.from(clock.instant()),
                event.orderNumber());
    }
}
