package org.techan.search.internal;

import io.micronaut.context.BeanProvider;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.techan.orders.OrderPaid;
import org.techan.orders.OrdersApi;
import org.techan.orders.SoldUnits;
import org.techan.platform.OutboxSubscriber;

/**
 * Units sold per product, added up from paid checkouts; each payment counts once (its event id is
 * recorded in the same transaction), and the products it touched are queued for indexing.
 */
@Singleton
class SalesCounts implements OutboxSubscriber<OrderPaid> {

    private final JdbcOperations jdbc;
    private final BeanProvider<OrdersApi> orders;
    private final IndexQueue queue;

    /**
     * Orders are reached lazily: documents need sales counts from the first second, while the
     * orders module's payment wiring is complete only once the server has started.
     */
    SalesCounts(JdbcOperations jdbc, BeanProvider<OrdersApi> orders, IndexQueue queue) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.queue = queue;
    }

    @Override
    public Class<OrderPaid> eventType() {
        return OrderPaid.class;
    }

    @Override
    public void on(OrderPaid event, String eventId) {
        if (Statements.update(jdbc, "INSERT IGNORE INTO search_processed_event (event_id) VALUES (?)", eventId) == 0) {
            return;
        }
        List<SoldUnits> sold = orders.get().unitsSold(event.groupNumber());
        for (SoldUnits units : sold) {
            Statements.update(
                    jdbc,
                    "INSERT INTO search_product_sales (product_id, sold) VALUES (?, ?)"
                            + " ON DUPLICATE KEY UPDATE sold = sold + VALUES(sold)",
                    units.productId(),
                    units.quantity());
        }
        queue.add(sold.stream().map(SoldUnits::productId).toList());
    }

    /** Units sold of each product among {@code productIds}; those never sold are left out. */
    @Transactional(readOnly = true)
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
