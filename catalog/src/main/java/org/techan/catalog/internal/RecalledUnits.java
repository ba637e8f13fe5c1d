package org.techan.catalog.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.techan.catalog.StockChanged;
import org.techan.platform.Outbox;

/**
 * Units held for a checkout from a batch recalled before it was paid: they must not be sold. At
 * payment they are taken from the SKU's other batches instead (first harvested first out), if
 * those hold enough; otherwise nothing changes and the reservation cannot be sold.
 */
@Singleton
class RecalledUnits {

    private final JdbcOperations jdbc;
    private final Outbox outbox;

    RecalledUnits(JdbcOperations jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    private record Line(long batchId, long skuId, int quantity) {}

    private record Take(long batchId, long skuId, long productId, int quantity) {}

    /**
     * Moves the reservation's units off recalled batches onto sound ones of the same SKU. True
     * when none are left on a recalled batch; false, and nothing changed, when the SKU's other
     * batches hold too few. Runs in the caller's transaction, under its lock on the reservation.
     */
    boolean replace(long reservationId) throws SQLException {
        List<Line> recalled = recalledLines(reservationId);
        if (recalled.isEmpty()) {
            return true;
        }
        Map<Long, Integer> needed = new TreeMap<>();
        recalled.forEach(line -> needed.merge(line.skuId(), line.quantity(), Integer::sum));
        List<Take> plan = new ArrayList<>();
        for (Map.Entry<Long, Integer> sku : needed.entrySet()) {
            // SKU rows before their batches, in id order, as checkouts take them: no deadlock.
            StockStatements.lockSku(jdbc, sku.getKey());
        }
        for (Map.Entry<Long, Integer> sku : needed.entrySet()) {
            if (!plan(sku.getKey(), sku.getValue(), plan)) {
                return false;
            }
        }
        for (Map.Entry<Long, Integer> sku : needed.entrySet()) {
            // The units leave sale now; the SKU's count already left out the recalled ones.
            if (update(StockStatements.TAKE_FROM_SKU, sku.getValue(), sku.getKey(), sku.getValue()) != 1) {
                throw new IllegalStateException("SKU " + sku.getKey() + " counts fewer units than its batches hold");
            }
        }
        for (Line line : recalled) {
            update(
                    "DELETE FROM catalog_reservation_line WHERE reservation_id = ? AND batch_id = ?",
                    reservationId,
                    line.batchId());
        }
        for (Take take : plan) {
            update("UPDATE catalog_batch SET remaining = remaining - ? WHERE id = ?", take.quantity(), take.batchId());
            update(
                    "INSERT INTO catalog_reservation_line (reservation_id, batch_id, sku_id, quantity)"
                            + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity)",
                    reservationId,
                    take.batchId(),
                    take.skuId(),
                    take.quantity());
            outbox.publish(CatalogSchema.OUTBOX, new StockChanged(take.productId(), take.skuId()));
        }
        return true;
    }

    private List<Line> recalledLines(long reservationId) throws SQLException {
        List<Line> lines = new ArrayList<>();
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement("SELECT l.batch_id, l.sku_id, l.quantity FROM catalog_reservation_line l"
                        + " JOIN catalog_batch b ON b.id = l.batch_id"
                        + " WHERE l.reservation_id = ? AND b.recalled_at IS NOT NULL ORDER BY l.batch_id")) {
            select.setLong(1, reservationId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(new Line(rows.getLong(1), rows.getLong(2), rows.getInt(3)));
                }
            }
        }
        return lines;
    }

    /** Adds to {@code plan} where {@code units} of the SKU can come from; false if its sound batches hold fewer. */
    private boolean plan(long skuId, int units, List<Take> plan) throws SQLException {
        int left = units;
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement("SELECT id, remaining, product_id FROM catalog_batch WHERE sku_id = ?"
                        + " AND recalled_at IS NULL AND remaining > 0 ORDER BY harvest_date, id FOR UPDATE")) {
            select.setLong(1, skuId);
            try (ResultSet rows = select.executeQuery()) {
                while (left > 0 && rows.next()) {
                    int take = Math.min(left, rows.getInt(2));
                    plan.add(new Take(rows.getLong(1), skuId, rows.getLong(3), take));
                    left -= take;
                }
            }
        }
        return left == 0;
    }

    private int update(String sql, Object... parameters) throws SQLException {
        return StockStatements.update(jdbc, sql, parameters);
    }
}
