package org.techan.search.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.catalog.CatalogReads;
import org.techan.catalog.ProductView;

/**
 * Indexes one batch of queued products in one transaction: claimed rows are deleted only when
 * the engine took their product, and otherwise wait with a growing pause; none is ever dropped.
 */
@Singleton
class IndexingBatches {

    private static final Logger LOG = LoggerFactory.getLogger(IndexingBatches.class);
    static final int BATCH_SIZE = 100;

    private final IndexQueue queue;
    private final CatalogReads catalog;
    private final ProductDocuments documents;
    private final ProductIndex index;
    private final Rebuilds rebuilds;
    private volatile boolean live;

    IndexingBatches(
            IndexQueue queue, CatalogReads catalog, ProductDocuments documents, ProductIndex index, Rebuilds rebuilds) {
        this.queue = queue;
        this.catalog = catalog;
        this.documents = documents;
        this.index = index;
        this.rebuilds = rebuilds;
    }

    /** Indexes up to one batch; returns how many products it claimed. */
    @Transactional
    public int indexNext() {
        List<IndexQueue.Entry> entries = queue.claimDue(BATCH_SIZE);
        if (entries.isEmpty()) {
            return 0;
        }
        Set<Long> failed;
        String problem;
        try {
            failed = write(entries);
            problem = "The engine refused the document";
        } catch (IOException | RuntimeException e) {
            LOG.warn("Indexing {} products failed; they wait and retry", entries.size(), e);
            failed = null;
            problem = String.valueOf(e);
        }
        for (IndexQueue.Entry entry : entries) {
            if (failed == null || failed.contains(entry.productId())) {
                queue.retryLater(entry, problem);
            } else {
                queue.remove(entry.productId());
            }
        }
        return entries.size();
    }

    private Set<Long> write(List<IndexQueue.Entry> entries) throws IOException {
        if (!isLive()) {
            throw new IllegalStateException("The product index has not been built yet");
        }
        List<Long> ids = entries.stream().map(IndexQueue.Entry::productId).toList();
        List<ProductView> forSale = catalog.productsForSale(ids);
        Set<Long> gone = new HashSet<>(ids);
        forSale.forEach(product -> gone.remove(product.id()));
        List<String> targets = new ArrayList<>(List.of(index.alias()));
        rebuilds.buildingIndex().ifPresent(targets::add);
        Set<Long> failed = index.write(targets, documents.of(forSale), gone, false);
        // Searchable now rather than at the next periodic refresh: the promise is one second.
        index.refresh(targets);
        return failed;
    }

    /** Writing to the alias before it exists would make the engine invent an index of that name. */
    private boolean isLive() throws IOException {
        if (!live) {
            live = index.isLive();
        }
        return live;
    }
}
