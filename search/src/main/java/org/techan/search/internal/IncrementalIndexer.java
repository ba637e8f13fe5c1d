package org.techan.search.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.IdleBackoff;

/** Drains the index queue on every replica; SKIP LOCKED claims keep replicas off each other's products. */
@Singleton
@Requires(property = "techan.search.indexing.enabled", notEquals = "false")
class IncrementalIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(IncrementalIndexer.class);

    private final IndexingBatches batches;
    private final IdleBackoff pace;

    IncrementalIndexer(IndexingBatches batches, IndexingPace pace) {
        this.batches = batches;
        this.pace = pace.pace();
    }

    @Scheduled(
            fixedDelay = "${techan.search.indexing.poll-interval:200ms}",
            initialDelay = "${techan.search.indexing.poll-interval:200ms}")
    void drain() {
        pace.lookIfDue(this::indexAll);
    }

    private boolean indexAll() {
        boolean indexed = false;
        try {
            int count;
            do {
                count = batches.indexNext();
                indexed |= count > 0;
            } while (count == IndexingBatches.BATCH_SIZE);
        } catch (RuntimeException e) {
            LOG.error("Incremental indexing failed; it will try again", e);
            indexed = true;
        }
        return indexed;
    }
}
