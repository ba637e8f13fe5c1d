package org.techan.orders.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * Buyers as checkouts see them. A checkout takes its buyers' locks before it reads anything, so
 * simultaneous checkouts of one account are decided one after the other, each counting what the
 * one before it wrote (the transaction's snapshot starts after the lock).
 */
@Singleton
class Buyers {

    private final JdbcOperations jdbc;
    private final Clock clock;

    Buyers(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Locks the accounts' rows (created on first use) until the transaction ends, in id order. */
    void lock(Collection<Long> accountIds) {
        List<Long> ordered = new ArrayList<>(new TreeSet<>(accountIds));
        Statements.update(
                jdbc,
                "INSERT INTO orders_buyer (account_id) VALUES "
                        + String.join(", ", Collections.nCopies(ordered.size(), "(?)"))
                        + " ON DUPLICATE KEY UPDATE account_id = account_id",
                ordered.toArray());
    }

    /**
     * Units of the SKU the buyer holds in orders placed within the last {@code days} days that
     * were neither cancelled nor refunded: what a per-person limit counts.
     */
    int unitsBought(long accountId, long skuId, int days) {
        int[] units = {0};
        Statements.query(
                jdbc,
                "SELECT COALESCE(SUM(l.quantity), 0) FROM orders_group g JOIN orders_order o ON o.group_id = g.id"
                        + " JOIN orders_line l ON l.order_id = o.id WHERE g.account_id = ? AND g.created_at >= ?"
                        + " AND l.sku_id = ? AND o.state NOT IN ('CANCELLED', 'REFUNDED')",
                rows -> units[0] = rows.getInt(1),
                accountId,
                Timestamp.from(clock.instant().minus(Duration.ofDays(days))),
                skuId);
        return units[0];
    }
}
