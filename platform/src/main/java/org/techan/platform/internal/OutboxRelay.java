package org.techan.platform.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.OutboxTable;

/** Drains every module's outbox on a schedule; safe to run on every replica at once. */
@Singleton
@Requires(property = "techan.outbox.relay.enabled", notEquals = "false")
class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final List<OutboxTable> tables;
    private final OutboxBatches batches;

    OutboxRelay(List<OutboxTable> tables, OutboxBatches batches) {
        this.tables = tables;
        this.batches = batches;
    }

    @Scheduled(
            fixedDelay = "${techan.outbox.poll-interval:250ms}",
            initialDelay = "${techan.outbox.poll-interval:250ms}")
    void relay() {
        for (OutboxTable table : tables) {
            try {
                while (batches.deliverNext(table) == OutboxBatches.BATCH_SIZE) {
                    // A full batch: more may be waiting.
                }
            } catch (SQLException | RuntimeException e) {
                LOG.error("Outbox relay for {} failed; it will try again", table.name(), e);
            }
        }
    }
}
