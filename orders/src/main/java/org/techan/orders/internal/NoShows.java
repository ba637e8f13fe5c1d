package org.techan.orders.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.techan.orders.OrderState;

/**
 * The no-show policy: an order not collected by its collect-by time (the store's hold, shortened
 * to the goods' shelf life) is closed; the store disposes of the produce, and the buyer gets
 * {@code techan.pickup.no-show-refund-percent} of the goods back (50 by default: the produce
 * spoiled, so shop and buyer share the loss). Safe on every replica: rows are claimed SKIP LOCKED.
 */
@Singleton
class NoShows {

    static final int BATCH = 20;

    private final JdbcOperations jdbc;
    private final OrderMoves moves;
    private final Refunds refunds;
    private final StoreDesk desk;
    private final Clock clock;
    private final int refundPercent;

    NoShows(
            JdbcOperations jdbc,
            OrderMoves moves,
            Refunds refunds,
            StoreDesk desk,
            Clock clock,
            @Value("${techan.pickup.no-show-refund-percent:50}") int refundPercent) {
        if (refundPercent < 0 || refundPercent > 100) {
            throw new IllegalArgumentException("techan.pickup.no-show-refund-percent must be 0 to 100");
        }
        this.jdbc = jdbc;
        this.moves = moves;
        this.refunds = refunds;
        this.desk = desk;
        this.clock = clock;
        this.refundPercent = refundPercent;
    }

    int refundPercent() {
        return refundPercent;
    }

    /**
     * Closes one batch of overdue orders; answers how many. Read committed: under repeatable read
     * the claim also locked the index gaps around the overdue orders, and deadlocked with an unpaid
     * order being cancelled at the same moment.
     */
    @Transactional(isolation = io.micronaut.transaction.TransactionDefinition.Isolation.READ_COMMITTED)
    public int closeOverdue() {
        List<String> overdue = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT o.number FROM orders_order o WHERE o.state = 'READY_FOR_PICKUP' AND o.collect_by < ?"
                        + " ORDER BY o.collect_by LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED",
                rows -> overdue.add(rows.getString(1)),
                Timestamp.from(clock.instant()));
        for (String number : overdue) {
            close(number);
        }
        return overdue.size();
    }

    private void close(String number) {
        OrderMoves.Locked order = moves.lockOrder(number);
        BigDecimal goods = goods(order.id());
        BigDecimal back =
                goods.multiply(BigDecimal.valueOf(refundPercent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        String note = "not collected in time: " + refundPercent + "% of the goods refunded";
        desk.clearCode(order.id());
        if (back.signum() > 0) {
            if (refunds.refundByRule(null, number, back, note).state() == OrderState.REFUNDED) {
                return;
            }
        }
        moves.move(order, OrderState.CANCELLED, null, note);
    }

    private BigDecimal goods(long orderId) {
        List<BigDecimal> found = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT goods_total FROM orders_order WHERE id = ?",
                rows -> found.add(rows.getBigDecimal(1)),
                orderId);
        return found.get(0);
    }
}
