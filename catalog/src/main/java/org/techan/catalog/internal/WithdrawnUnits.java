package org.techan.catalog.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.techan.catalog.ReservationStatus;
import org.techan.catalog.StockChanged;
import org.techan.platform.MarketCalendar;
import org.techan.platform.Outbox;

/**
 * Units held for a checkout from a batch withdrawn from sale before it was paid: recalled, or past
 * its shelf life (taken off sale by {@link BatchExpiry}, or due and not yet reached by it). They
 * must not be sold. At payment they are taken from the SKU's batches still on sale instead (first
 * harvested first out), if those hold enough; otherwise nothing changes and the reservation cannot
 * be sold.
 */
@Singleton
class WithdrawnUnits {

    /** A batch {@code b} on sale today (the day is the statement's parameter). */
    private static final String ON_SALE =
            "b.recalled_at IS NULL AND b.expired_at IS NULL AND " + StockStatements.BATCH_LEAVES_SALE_ON + " > ?";

    private final JdbcOperations jdbc;
    private final Outbox outbox;
    private final Clock clock;

    WithdrawnUnits(JdbcOperations jdbc, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    private record Line(long batchId, long skuId, int quantity, boolean recalled) {}

    private record Take(long batchId, long skuId, long productId, int quantity) {}

    /**
     * Moves the reservation's units off withdrawn batches onto ones of the same SKU still on sale.
     * Empty when none are left on a withdrawn batch; otherwise, and with nothing changed, why the
     * SKU's other batches could not stand in: {@link ReservationStatus#RECALLED} when a recalled
     * batch is among those it held, else {@link ReservationStatus#OUT_OF_DATE}. Runs in the caller's
     * transaction, under its lock on the reservation.
     */
    Optional<ReservationStatus> replace(long reservationId) throws SQLException {
        LocalDate today = MarketCalendar.today(clock);
        List<Line> recalled = withdrawnLines(reservationId, today);
        if (recalled.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Integer> needed = new TreeMap<>();
        recalled.forEach(line -> needed.merge(line.skuId(), line.quantity(), Integer::sum));
        List<Take> plan = new ArrayList<>();
        for (Map.Entry<Long, Integer> sku : needed.entrySet()) {
            // SKU rows before their batches, in id order, as checkouts take them: no deadlock.
            StockStatements.lockSku(jdbc, sku.getKey());
        }
        for (Map.Entry<Long, Integer> sku : needed.entrySet()) {
            if (!plan(sku.getKey(), sku.getValue(), today, plan)) {
                return Optional.of(
                        recalled.stream().anyMatch(Line::recalled)
                                ? ReservationStatus.RECALLED
                                : ReservationStatus.OUT_OF_DATE);
            }
        }
        for (Map.Entry<Long, Integer> sku : needed.entrySet()) {
            // The units leave sale now; the SKU's count already left out the withdrawn ones.
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
        return Optional.empty();
    }

    private List<Line> withdrawnLines(long reservationId, LocalDate today) throws SQLException {
        List<Line> lines = new ArrayList<>();
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement("SELECT l.batch_id, l.sku_id, l.quantity, b.recalled_at IS NOT NULL"
                        + " FROM catalog_reservation_line l JOIN catalog_batch b ON b.id = l.batch_id"
                        + " WHERE l.reservation_id = ? AND NOT (" + ON_SALE + ") ORDER BY l.batch_id")) {
            select.setLong(1, reservationId);
            select.setDate(2, Date.valueOf(today));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(new Line(rows.getLong(1), rows.getLong(2), rows.getInt(3), rows.getBoolean(4)));
                }
            }
        }
        return lines;
    }

    /**
     * Adds to {@code plan} where {@code units} of the SKU can come from; false if its batches on
     * sale hold fewer.
     */
    private boolean plan(long skuId, int units, LocalDate today, List<Take> plan) throws SQLException {
        int left = units;
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement("SELECT b.id, b.remaining, b.product_id FROM catalog_batch b"
                        + " WHERE b.sku_id = ? AND " + ON_SALE
                        + " AND b.remaining > 0 ORDER BY b.harvest_date, b.id FOR UPDATE")) {
            select.setLong(1, skuId);
            select.setDate(2, Date.valueOf(today));
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
