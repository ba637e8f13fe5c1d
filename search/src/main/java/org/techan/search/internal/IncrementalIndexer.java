package org.techan.search.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Drains the index queue on every replica; SKIP LOCKED claims keep replicas off each other's products. */
@Singleton
@Requires(property = "techan.search.indexing.enabled", notEquals = "false")
class IncrementalIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(IncrementalIndexer.class);

    private final IndexingBatches batches;

    IncrementalIndexer(IndexingBatches batches) {
        this.batches = batches;
    }

    @Scheduled(
            fixedDelay = "${techan.search.indexing.poll-interval:200ms}",
            initialDelay = "${techan.search.indexing.poll-interval:200ms}")
    void drain() {
        try {
            while (batches.indexNext() == IndexingBatches.BATCH_SIZE) {
                // A full batch: more may be waiting.
            }
        } catch (RuntimeException e) {
            LOG.error("Incremental indexing failed; it will try again", e);
        }
    }
}
