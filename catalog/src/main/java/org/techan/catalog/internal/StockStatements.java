package org.techan.catalog.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The statements the stock classes share, on the caller's connection and transaction. */
final class StockStatements {

    /** Takes units off sale only if the SKU still counts them; the database does the arithmetic. */
    static final String TAKE_FROM_SKU =
            "UPDATE catalog_sku SET available = available - ?, version = version + 1 WHERE id = ? AND available >= ?";

    /** The day a batch leaves sale: its harvest date plus its product's shelf life ({@code b}, {@code p}). */
    static final String LEAVES_SALE_ON = "DATE_ADD(b.harvest_date, INTERVAL p.shelf_life_days DAY)";

    /**
     * As {@link #LEAVES_SALE_ON} for a batch {@code b} alone: in a locking read a joined product
     * row would be locked too (and deadlock with product edits, which lock the product before its
     * SKUs); a subquery's rows are not.
     */
    static final String BATCH_LEAVES_SALE_ON = "DATE_ADD(b.harvest_date, INTERVAL"
            + " (SELECT p.shelf_life_days FROM catalog_product p WHERE p.id = b.product_id) DAY)";

    private StockStatements() {}

    static int update(JdbcOperations jdbc, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = jdbc.getConnection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** Locks a SKU's row, as checkouts do before its batches. */
    static void lockSku(JdbcOperations jdbc, long skuId) throws SQLException {
        try (PreparedStatement select =
                jdbc.getConnection().prepareStatement("SELECT id FROM catalog_sku WHERE id = ? FOR UPDATE")) {
            select.setLong(1, skuId);
            select.executeQuery().close();
        }
    }
}
