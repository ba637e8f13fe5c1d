package org.techan.catalog.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.catalog.StockChanged;
import org.techan.platform.MarketCalendar;
import org.techan.platform.Outbox;

/**
 * Takes batches past their shelf life off sale: from the day a batch's harvest date plus its
 * product's shelf life is reached, its unsold units leave the SKU's stock (a SKU with nothing else
 * shows sold out) and checkouts no longer take units from it. Safe on every replica at once: each
 * batch is decided under its SKU's and its own lock, and one already expired is left alone.
 */
@Singleton
@Requires(property = "techan.inventory.batch-expiry.enabled", notEquals = "false")
class BatchExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(BatchExpiry.class);
    private static final int BATCH = 100;

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Outbox outbox;
    private final Clock clock;

    BatchExpiry(JdbcOperations jdbc, TransactionOperations<Connection> transactions, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelay = "${techan.inventory.batch-expiry-check:10m}",
            initialDelay = "${techan.inventory.batch-expiry-check:10m}")
    void expire() {
        try {
            int expired = expireDue();
            if (expired > 0) {
                LOG.info("{} batches past their shelf life left sale", expired);
            }
        } catch (RuntimeException e) {
            LOG.error("Expiring batches failed; will try again", e);
        }
    }

    /** Takes every batch now past its shelf life off sale; answers how many. */
    int expireDue() {
        return expireDue(null);
    }

    /** As {@link #expireDue()}, for one SKU's batches only when {@code skuId} is given (tests). */
    int expireDue(@Nullable Long skuId) {
        int expired = 0;
        List<long[]> due;
        do {
            due = transactions.executeRead(status -> due(skuId));
            for (long[] batch : due) {
                if (transactions.executeWrite(status -> expire(batch[0], batch[1]))) {
                    expired++;
                }
            }
        } while (due.size() == BATCH);
        return expired;
    }

    /** [batch id, SKU id] of batches on sale whose last day has passed. */
    private List<long[]> due(@Nullable Long skuId) throws SQLException {
        List<long[]> due = new ArrayList<>();
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement(
                        "SELECT b.id, b.sku_id FROM catalog_batch b JOIN catalog_product p ON p.id = b.product_id"
                                + " WHERE b.expired_at IS NULL AND b.recalled_at IS NULL"
                                + " AND " + StockStatements.LEAVES_SALE_ON + " <= ?"
                                + (skuId == null ? "" : " AND b.sku_id = ?") + " ORDER BY b.id LIMIT " + BATCH)) {
            select.setDate(1, Date.valueOf(MarketCalendar.today(clock)));
            if (skuId != null) {
                select.setLong(2, skuId);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(new long[] {rows.getLong(1), rows.getLong(2)});
                }
            }
        }
        return due;
    }

    /** The SKU's row, then the batch's, as checkouts take them; false if another replica was first. */
    private boolean expire(long batchId, long skuId) throws SQLException {
        StockStatements.lockSku(jdbc, skuId);
        int remaining;
        long productId;
        try (PreparedStatement batch = jdbc.getConnection()
                .prepareStatement("SELECT remaining, product_id FROM catalog_batch WHERE id = ?"
                        + " AND expired_at IS NULL AND recalled_at IS NULL FOR UPDATE")) {
            batch.setLong(1, batchId);
            try (ResultSet row = batch.executeQuery()) {
                if (!row.next()) {
                    return false;
                }
                remaining = row.getInt(1);
                productId = row.getLong(2);
            }
        }
        StockStatements.update(jdbc, StockStatements.TAKE_FROM_SKU, remaining, skuId, remaining);
        StockStatements.update(
                jdbc, "UPDATE catalog_batch SET expired_at = ? WHERE id = ?", Timestamp.from(clock.instant()), batchId);
        outbox.publish(CatalogSchema.OUTBOX, new StockChanged(productId, skuId));
        return true;
    }
}
