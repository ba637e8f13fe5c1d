package org.techan.search.internal;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.techan.catalog.StockSold;
import org.techan.platform.OutboxSubscriber;

/**
 * Units sold per product, added up from the catalog's sales (an order paid commits its held
 * stock); each sale counts once (its event id is recorded in the same transaction), and the
 * products it touched are queued for indexing.
 */
@Singleton
class SalesCounts implements OutboxSubscriber<StockSold> {

    private final JdbcOperations jdbc;
    private final IndexQueue queue;

    SalesCounts(JdbcOperations jdbc, IndexQueue queue) {
        this.jdbc = jdbc;
        this.queue = queue;
    }

    @Override
    public Class<StockSold> eventType() {
        return StockSold.class;
    }

    @Override
    public void on(StockSold event, String eventId) {
        if (Statements.update(jdbc, "INSERT IGNORE INTO search_processed_event (event_id) VALUES (?)", eventId) == 0) {
            return;
        }
        for (StockSold.Units units : event.units()) {
            Statements.update(
                    jdbc,
                    "INSERT INTO search_product_sales (product_id, sold) VALUES (?, ?)"
                            + " ON DUPLICATE KEY UPDATE sold = sold + VALUES(sold)",
                    units.productId(),
                    units.quantity());
        }
        queue.add(event.units().stream()
                .map(StockSold.Units::productId)
                .distinct()
                .toList());
    }

    /** Units sold of each product among {@code productIds}; those never sold are left out. */
    @Connectable
    public Map<Long, Long> soldOf(Collection<Long> productIds) {
        Map<Long, Long> sold = new HashMap<>();
        if (productIds.isEmpty()) {
            return sold;
        }
        String sql = "SELECT product_id, sold FROM search_product_sales WHERE product_id IN ("
                + "?,".repeat(productIds.size() - 1) + "?)";
        try (PreparedStatement select = jdbc.getConnection().prepareStatement(sql)) {
            int i = 1;
            for (Long id : productIds) {
                select.setLong(i++, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sold.put(rows.getLong(1), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read sales counts", e);
        }
        return sold;
    }
}
