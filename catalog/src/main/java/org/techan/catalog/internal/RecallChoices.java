package org.techan.catalog.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.techan.catalog.BatchChoice;
import org.techan.platform.Actor;

/**
 * The batches an operator may recall, newest harvest first, so that a recall names a batch by
 * shop, product and harvest rather than by a code read off a label.
 */
@Singleton
class RecallChoices {

    static final int MOST = 500;

    private final JdbcOperations jdbc;
    private final Access access;

    RecallChoices(JdbcOperations jdbc, Access access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<BatchChoice> recallable(Actor operator) {
        access.requireOperator(operator);
        List<BatchChoice> choices = new ArrayList<>();
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement("SELECT b.trace_code, s.name_zh, p.title_zh, b.harvest_date, b.base_plot, b.remaining"
                        + " FROM catalog_batch b JOIN catalog_product p ON p.id = b.product_id"
                        + " JOIN catalog_shop s ON s.id = b.shop_id"
                        + " WHERE b.recalled_at IS NULL ORDER BY b.harvest_date DESC, b.id DESC LIMIT " + MOST)) {
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    choices.add(new BatchChoice(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getDate(4).toLocalDate(),
                            rows.getString(5),
                            rows.getInt(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the batches to recall", e);
        }
        return choices;
    }
}
