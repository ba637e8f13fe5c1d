package org.techan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stopping the application lets a job in progress finish before the connection pool closes. */
class OrderlyStopTest {

    @Test
    void aJobCaughtMidRunByTheStopFinishesItsTransaction() throws InterruptedException {
        ApplicationContext context = ApplicationContext.run(Map.of("probe.slow-job.enabled", "true"), "test");
        try {
            assertThat(SlowJobProbe.STARTED.await(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            context.close();
        }

        assertThat(SlowJobProbe.OUTCOME.get()).isEqualTo("finished: 1");
    }
}
