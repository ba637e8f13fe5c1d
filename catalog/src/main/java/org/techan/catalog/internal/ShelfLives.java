package org.techan.catalog.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.techan.catalog.ExpiringBatch;
import org.techan.platform.Actor;
import org.techan.platform.MarketCalendar;
import org.techan.platform.RuleViolationException;

/** Which of a shop's batches leave sale soon, so its staff can sell them off or move them first. */
@Singleton
class ShelfLives {

    static final int MAX_DAYS = 60;

    private final JdbcOperations jdbc;
    private final Access access;
    private final Clock clock;

    ShelfLives(JdbcOperations jdbc, Access access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ExpiringBatch> expiring(Actor staff, int withinDays) {
        if (withinDays < 0 || withinDays > MAX_DAYS) {
            throw new RuleViolationException("batch.expiring.days-invalid", MAX_DAYS);
        }
        long shop = access.shopOf(staff);
        List<ExpiringBatch> batches = new ArrayList<>();
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement("SELECT b.trace_code, b.product_id, p.title_zh, b.remaining,"
                        + " " + StockStatements.LEAVES_SALE_ON + " AS leaves"
                        + " FROM catalog_batch b JOIN catalog_product p ON p.id = b.product_id"
                        + " WHERE p.shop_id = ? AND b.expired_at IS NULL AND b.recalled_at IS NULL AND b.remaining > 0"
                        + " AND " + StockStatements.LEAVES_SALE_ON + " <= ?"
                        + " ORDER BY leaves, b.id LIMIT 100")) {
            select.setLong(1, shop);
            select.setDate(2, Date.valueOf(MarketCalendar.today(clock).plusDays(withinDays)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batches.add(new ExpiringBatch(
                            rows.getString(1),
                            rows.getLong(2),
                            rows.getString(3),
                            rows.getInt(4),
                            rows.getDate(5).toLocalDate()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the shop's batches", e);
        }
        return batches;
    }
}
