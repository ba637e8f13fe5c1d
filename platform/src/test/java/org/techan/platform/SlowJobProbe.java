package org.techan.platform;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/** A scheduled job that is mid-run, holding a transaction, when its application is stopped. */
@Singleton
@Requires(property = "probe.slow-job.enabled", value = "true")
class SlowJobProbe {

    static final CountDownLatch STARTED = new CountDownLatch(1);
    static final AtomicReference<String> OUTCOME = new AtomicReference<>();

    private final TransactionOperations<Connection> transactions;

    SlowJobProbe(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "50ms")
    void run() {
        STARTED.countDown();
        try {
            Thread.sleep(800);
            int one = transactions.executeWrite(status -> {
                try (ResultSet rows = status.getConnection().createStatement().executeQuery("SELECT 1")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            OUTCOME.set("finished: " + one);
        } catch (InterruptedException e) {
            OUTCOME.set("interrupted");
        } catch (RuntimeException e) {
            OUTCOME.set("failed: " + e);
        }
    }
}
