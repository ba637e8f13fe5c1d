package org.techan.storefront.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Async;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.catalog.CatalogApi;

/**
 * Loads the demo marketplace on the first start of the embedded defaults (or wherever
 * {@code techan.demo-data.enabled} is set). It runs after start-up so the site answers at once, in
 * one transaction so shoppers see all of it or none, and only while no pavilion exists yet.
 */
@Singleton
@Requires(property = "techan.demo-data.enabled", value = "true")
class DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final CatalogApi catalog;
    private final DemoMarketplace marketplace;
    private final TransactionOperations<Connection> transactions;

    DemoDataLoader(CatalogApi catalog, DemoMarketplace marketplace, TransactionOperations<Connection> transactions) {
        this.catalog = catalog;
        this.marketplace = marketplace;
        this.transactions = transactions;
    }

    @EventListener
    @Async(TaskExecutors.BLOCKING)
    void onStartup(StartupEvent event) {
        loadIfEmpty();
    }

    boolean loadIfEmpty() {
        if (!catalog.pavilions().isEmpty()) {
            return false;
        }
        long started = System.nanoTime();
        DemoMarketplace.Summary summary = transactions.executeWrite(status -> marketplace.load());
        LOG.info(
                "Demo marketplace loaded in {} ms: {} shops, {} products, {} pavilions",
                (System.nanoTime() - started) / 1_000_000,
                summary.shops(),
                summary.products(),
                summary.pavilions());
        return true;
    }
}
