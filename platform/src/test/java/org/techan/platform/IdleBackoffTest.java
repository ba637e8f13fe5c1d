package org.techan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdleBackoffTest {

    @Test
    void sleepsWhileIdleAndIsBackAtOnceWhenWokenOrBusy() throws InterruptedException {
        IdleBackoff pace = new IdleBackoff(Duration.ofMillis(50), Duration.ofMinutes(1));
        assertThat(pace.due()).as("a first look at once").isTrue();

        pace.idled();
        assertThat(pace.due()).as("nothing found: it sleeps (a minute)").isFalse();
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
    void neverSleepsLongerThanTheSlowestPace() throws InterruptedException {
        IdleBackoff pace = new IdleBackoff(Duration.ofMillis(10), Duration.ofMillis(40));
        pace.idled();
        assertThat(pace.due()).isFalse();
        Thread.sleep(60);
        assertThat(pace.due())
                .as("the safety net: a look after 40 ms, woken or not")
                .isTrue();
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
