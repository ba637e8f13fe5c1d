package org.techan.search.internal;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.catalog.CatalogReads;
import org.techan.catalog.ProductQuery;
import org.techan.catalog.ProductView;
import org.techan.platform.ConflictException;
import org.techan.search.RebuildProgress;

/**
 * Rebuilds the product index from the catalog with no downtime: fills a new physical index while
 * queries keep reading the old one through the alias, then swaps the alias in one step.
 * Incremental indexing writes to both while this runs, so no change made meanwhile is lost.
 */
@Singleton
class FullRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(FullRebuild.class);
    static final int STEP = 500;

    private final CatalogReads catalog;
    private final ProductDocuments documents;
    private final ProductIndex index;
    private final Rebuilds rebuilds;
    private volatile boolean runningHere;

    FullRebuild(CatalogReads catalog, ProductDocuments documents, ProductIndex index, Rebuilds rebuilds) {
        this.catalog = catalog;
        this.documents = documents;
        this.index = index;
        this.rebuilds = rebuilds;
    }

    /**
     * Claims the rebuild or fails at once when one is running elsewhere.
     *
     * @throws ConflictException if another rebuild is running
     */
    void claim() {
        long total = catalog.publishedProducts(ProductQuery.everything(), 0, 1).total();
        if (!rebuilds.claim(total)) {
            throw new ConflictException("search.rebuild.running");
        }
    }

    /** Runs a claimed rebuild to the end, reporting each step's count of indexed products. */
    RebuildProgress run(LongConsumer progress) {
        String building = null;
        runningHere = true;
        try {
            building = index.create();
            rebuilds.building(building);
            documents.forgetRegions();
            long done = fill(building, progress);
            index.open(building);
            index.swapTo(building);
            index.deleteAbandoned(building);
            rebuilds.finished(building, done);
            LOG.info("Product index rebuilt: {} products in {}", done, building);
        } catch (IOException | RuntimeException e) {
            LOG.error("Product index rebuild failed; the live index stays as it was", e);
            rebuilds.failed(String.valueOf(e));
            deleteQuietly(building);
        } finally {
            runningHere = false;
        }
        return rebuilds.progress();
    }

    /** A replica that stops mid-rebuild releases it at once rather than after the stale period. */
    @PreDestroy
    void releaseOnShutdown() {
        if (runningHere) {
            try {
                rebuilds.failed("Interrupted: the replica running it stopped");
            } catch (RuntimeException e) {
                LOG.warn("Could not release the interrupted rebuild; it goes stale by itself", e);
            }
        }
    }

    /**
     * Reads the catalog in steps and indexes each step while the next is read, so the database
     * and the engine work at the same time; one bulk request is in flight at most.
     */
    private long fill(String building, LongConsumer progress) throws IOException {
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "search-rebuild-writer"));
        try {
            long done = 0;
            long after = 0;
            Future<Integer> inFlight = null;
            while (true) {
                List<ProductView> step = catalog.productsForSaleAfter(after, STEP);
                List<ProductDocument> documents = this.documents.of(step);
                done += await(inFlight);
                if (done > 0) {
                    rebuilds.progressed(done);
                    progress.accept(done);
                }
                if (step.isEmpty()) {
                    return done;
                }
                after = step.get(step.size() - 1).id();
                inFlight = writer.submit(() -> write(building, documents));
            }
        } finally {
            writer.shutdownNow();
        }
    }

    private int write(String building, List<ProductDocument> documents) throws IOException {
        Set<Long> failed = index.write(List.of(building), documents, List.of(), true);
        if (!failed.isEmpty()) {
            throw new IllegalStateException("The engine refused products " + failed);
        }
        return documents.size();
    }

    private static int await(Future<Integer> inFlight) throws IOException {
        if (inFlight == null) {
            return 0;
        }
        try {
            return inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while indexing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("Indexing a step failed", e.getCause());
        }
    }

    private void deleteQuietly(String building) {
        if (building == null) {
            return;
        }
        try {
            index.deleteAbandoned("");
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not delete the abandoned index {}; the next rebuild will", building, e);
        }
    }
}
