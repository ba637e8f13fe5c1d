package org.techan.platform;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Pacing for a poller: it polls at its own rate while it finds work, and sleeps for {@code slowest}
 * once it finds none, so an idle app does not keep asking the database for nothing. A local write
 * {@link #wake wakes} it at once and keeps it fast for a while (the writer's transaction may not
 * have committed at the first look); the queue watch wakes it when another replica wrote, or when
 * a retry falls due, so {@code slowest} is only a safety net.
 */
public final class IdleBackoff {

    private static final Duration KEEP_FAST_AFTER_WAKING = Duration.ofSeconds(2);

    private final long fastest;
    private final long slowest;
    private long nextAt;
    private long fastUntil;

    public IdleBackoff(Duration fastest, Duration slowest) {
        this.fastest = fastest.toNanos();
        this.slowest = Math.max(this.fastest, slowest.toNanos());
        this.nextAt = System.nanoTime();
    }

    /**
     * Looks if it is time, and paces the next look by whether this one found work: the whole of a
     * poller's tick.
     */
    public void lookIfDue(BooleanSupplier lookFoundWork) {
        if (!due()) {
            return;
        }
        if (lookFoundWork.getAsBoolean()) {
            worked();
        } else {
            idled();
        }
    }

    /** Whether the poller should look now. */
    public synchronized boolean due() {
        return System.nanoTime() - nextAt >= 0;
    }

    /** It found work: look again at the next tick. */
    public synchronized void worked() {
        nextAt = System.nanoTime();
    }

    /** It found nothing: look again a tick away while woken recently, else sleep for the slowest pace. */
    public synchronized void idled() {
        long now = System.nanoTime();
        nextAt = now + (now - fastUntil < 0 ? fastest : slowest);
    }

    /** Something was written for the poller here: look now, and keep looking often for a moment. */
    public synchronized void wake() {
        long now = System.nanoTime();
        nextAt = now;
        fastUntil = now + KEEP_FAST_AFTER_WAKING.toNanos();
    }
}
