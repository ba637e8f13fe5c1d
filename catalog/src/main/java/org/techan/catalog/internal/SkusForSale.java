package org.techan.catalog.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.techan.catalog.PurchaseRule;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuOnSale;
import org.techan.catalog.TemperatureClass;

/**
 * What a cart or checkout needs of the SKUs it buys, in one query: carts and checkouts ask on every
 * request, so this reads SKU, product and shop rows only (no batches, certificates or photos).
 */
@Singleton
class SkusForSale {

    private final JdbcOperations jdbc;

    SkusForSale(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public List<SkuOnSale> of(Collection<Long> skuIds) {
        if (skuIds.isEmpty()) {
            return List.of();
        }
        List<SkuOnSale> skus = new ArrayList<>();
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement("SELECT k.id, p.id, s.slug, s.name_zh, s.name_en, p.title_zh, p.title_en, k.spec_zh,"
                        + " k.unit, k.net_weight_grams, k.price, k.available, p.temperature, p.shelf_life_days,"
                        + " k.min_quantity, k.quantity_step, k.max_per_order, k.max_per_buyer, k.buyer_window_days, p.origin_code"
                        + " FROM catalog_sku k"
                        + " JOIN catalog_product p ON p.id = k.product_id JOIN catalog_shop s ON s.id = p.shop_id"
                        + " WHERE p.status = 'PUBLISHED' AND s.status = 'APPROVED' AND k.id IN ("
                        + "?,".repeat(skuIds.size() - 1) + "?) ORDER BY k.id")) {
            int i = 1;
            for (Long id : skuIds) {
                select.setLong(i++, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    skus.add(sku(rows));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read SKUs for sale", e);
        }
        return skus;
    }

    private static SkuOnSale sku(ResultSet rows) throws SQLException {
        return new SkuOnSale(
                rows.getLong(1),
                rows.getLong(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                rows.getString(8),
                SaleUnit.valueOf(rows.getString(9)),
                rows.getInt(10),
                rows.getBigDecimal(11),
                rows.getInt(12),
                TemperatureClass.valueOf(rows.getString(13)),
                rows.getInt(14),
                new PurchaseRule(
                        rows.getInt(15),
                        rows.getInt(16),
                        (Integer) rows.getObject(17, Integer.class),
                        (Integer) rows.getObject(18, Integer.class),
                        rows.getInt(19)),
                rows.getString(20));
    }
}
