package org.techan.orders.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.techan.orders.SalesPrices;

/** The orders' lines are the SKUs' price history: the unit price each buyer paid, by SKU. */
@Singleton
class SalesPriceHistory implements SalesPrices {

    private final JdbcOperations jdbc;

    SalesPriceHistory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> lowestSince(Collection<Long> skuIds, Instant since) {
        Map<Long, BigDecimal> lowest = new HashMap<>();
        if (skuIds.isEmpty()) {
            return lowest;
        }
        List<Object> parameters = new ArrayList<>(skuIds);
        parameters.add(Timestamp.from(since));
        Statements.query(
                jdbc,
                "SELECT l.sku_id, MIN(l.unit_price) FROM orders_line l JOIN orders_order o ON o.id = l.order_id"
                        + " JOIN orders_group g ON g.id = o.group_id WHERE l.sku_id IN ("
                        + String.join(", ", java.util.Collections.nCopies(skuIds.size(), "?"))
                        + ") AND g.created_at >= ? AND o.state NOT IN ('PENDING_PAYMENT', 'CANCELLED')"
                        + " GROUP BY l.sku_id",
                rows -> lowest.put(rows.getLong(1), rows.getBigDecimal(2)),
                parameters.toArray());
        return lowest;
    }
}
