package org.techan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdleBackoffTest {

    @Test
    void backsOffWhileIdleAndIsBackAtOnceWhenWokenOrBusy() throws InterruptedException {
        IdleBackoff pace = new IdleBackoff(Duration.ofMillis(50), Duration.ofMinutes(1));
        assertThat(pace.due()).as("a first look at once").isTrue();

        pace.idled();
        pace.idled();
        pace.idled();
        assertThat(pace.due())
                .as("nothing found three times: it waits (200 ms by now)")
                .isFalse();
        pace.wake();
        assertThat(pace.due()).as("a local write").isTrue();

        pace.idled();
        assertThat(pace.due())
                .as("kept fast after waking: the next look a tick away")
                .isFalse();
        Thread.sleep(60);
        assertThat(pace.due()).isTrue();

        pace.worked();
        assertThat(pace.due()).as("found work: look again at once").isTrue();
    }

    @Test
    void neverWaitsLongerThanTheSlowestPace() throws InterruptedException {
        IdleBackoff pace = new IdleBackoff(Duration.ofMillis(10), Duration.ofMillis(40));
        for (int i = 0; i < 20; i++) {
            pace.idled();
        }
        assertThat(pace.due()).isFalse();
        Thread.sleep(60);
        assertThat(pace.due()).as("capped at 40 ms, not 10 ms × 2^20").isTrue();
    }

    @Test
    void aTickLooksOnlyWhenDueAndPacesByWhatItFound() {
        IdleBackoff pace = new IdleBackoff(Duration.ofMillis(50), Duration.ofMinutes(1));
        java.util.concurrent.atomic.AtomicInteger looks = new java.util.concurrent.atomic.AtomicInteger();

        pace.lookIfDue(() -> looks.incrementAndGet() < 0);
        pace.lookIfDue(() -> looks.incrementAndGet() < 0);
        assertThat(looks).as("found nothing: the next tick does not look").hasValue(1);

        pace.wake();
        pace.lookIfDue(() -> looks.incrementAndGet() > 0);
        pace.lookIfDue(() -> looks.incrementAndGet() > 0);
        assertThat(looks).as("found work: looks again at once").hasValue(3);
    }
}
