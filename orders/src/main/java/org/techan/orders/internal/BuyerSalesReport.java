package org.techan.orders.internal;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.techan.orders.BuyerSales;
import org.techan.platform.MarketCalendar;

/**
 * Sales per buyer over market days, for another module's report (wholesale's by kind of
 * organisation): one grouped statement per thousand buyers, in autocommit.
 */
@Singleton
class BuyerSalesReport {

    private static final int CHUNK = 1000;

    private final JdbcOperations jdbc;

    BuyerSalesReport(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Connectable
    public List<BuyerSales> of(Collection<Long> buyers, LocalDate from, LocalDate to) {
        List<Long> all = List.copyOf(buyers);
        List<BuyerSales> sales = new ArrayList<>();
        Timestamp start = Timestamp.from(from.atStartOfDay(MarketCalendar.ZONE).toInstant());
        Timestamp end =
                Timestamp.from(to.plusDays(1).atStartOfDay(MarketCalendar.ZONE).toInstant());
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(start);
            parameters.add(end);
            Statements.query(
                    jdbc,
                    "SELECT g.account_id, COUNT(*), SUM(o.goods_total), COALESCE(SUM(r.refunded), 0)"
                            + " FROM orders_group g JOIN orders_order o ON o.group_id = g.id"
                            + " LEFT JOIN (SELECT order_id, SUM(amount) AS refunded FROM orders_refund"
                            + " GROUP BY order_id) r ON r.order_id = o.id"
                            + " WHERE g.account_id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                            + ") AND g.created_at >= ? AND g.created_at < ?"
                            + " AND o.state NOT IN ('PENDING_PAYMENT', 'CANCELLED')"
                            + " GROUP BY g.account_id ORDER BY g.account_id",
                    rows -> sales.add(new BuyerSales(
                            rows.getLong(1), rows.getInt(2), rows.getBigDecimal(3), rows.getBigDecimal(4))),
                    parameters.toArray());
        }
        return sales;
    }
}
