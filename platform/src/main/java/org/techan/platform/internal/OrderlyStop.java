package org.techan.platform.internal;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On stop (Ctrl-C, SIGTERM, a closing test context), the scheduled jobs go first: no new run
 * starts, and a run in progress may finish its transaction, before the beans they use (the
 * connection pool, the search client) are closed and the embedded servers stopped after them.
 * Without this, a job caught mid-run by the stop fails on a closed pool and logs an error.
 */
@Singleton
class OrderlyStop implements ApplicationEventListener<ShutdownEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(OrderlyStop.class);

    private final BeanProvider<ExecutorService> scheduled;
    private final Duration patience;

    OrderlyStop(
            @Named(TaskExecutors.SCHEDULED) BeanProvider<ExecutorService> scheduled,
            @Value("${techan.stop.job-patience:20s}") Duration patience) {
        this.scheduled = scheduled;
        this.patience = patience;
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        ExecutorService jobs = scheduled.get();
        jobs.shutdown();
        try {
            if (!jobs.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Scheduled jobs still running {} after the stop began; stopping without them", patience);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
