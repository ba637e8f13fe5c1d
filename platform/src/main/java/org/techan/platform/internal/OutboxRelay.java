package org.techan.platform.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.IdleBackoff;
import org.techan.platform.OutboxTable;

/** Drains every module's outbox on a schedule; safe to run on every replica at once. */
@Singleton
@Requires(property = "techan.outbox.relay.enabled", notEquals = "false")
class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final List<OutboxTable> tables;
    private final OutboxBatches batches;
    private final IdleBackoff pace;

    OutboxRelay(List<OutboxTable> tables, OutboxBatches batches, OutboxPace pace) {
        this.tables = tables;
        this.batches = batches;
        this.pace = pace.pace();
    }

    @Scheduled(
            fixedDelay = "${techan.outbox.poll-interval:250ms}",
            initialDelay = "${techan.outbox.poll-interval:250ms}")
    void relay() {
        pace.lookIfDue(this::deliverAll);
    }

    /** Whether anything was delivered (or failed, and is worth another look soon). */
    private boolean deliverAll() {
        boolean delivered = false;
        for (OutboxTable table : tables) {
            try {
                int count;
                do {
                    count = batches.deliverNext(table);
                    delivered |= count > 0;
                } while (count == OutboxBatches.BATCH_SIZE);
            } catch (SQLException | RuntimeException e) {
                LOG.error("Outbox relay for {} failed; it will try again", table.name(), e);
                delivered = true;
            }
        }
        return delivered;
    }
}
