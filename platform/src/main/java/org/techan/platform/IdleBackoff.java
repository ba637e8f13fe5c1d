package org.techan.platform;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Pacing for a poller: it polls at its own rate while it finds work, and backs off (doubling, up
 * to {@code slowest}) while it finds none, so an idle app does not keep asking the database for
 * nothing. A local write {@link #wake wakes} it at once and keeps it fast for a while (the writer's
 * transaction may not have committed at the first look); another replica's write is noticed within
 * {@code slowest}.
 */
public final class IdleBackoff {

    private static final Duration KEEP_FAST_AFTER_WAKING = Duration.ofSeconds(2);

    private final long fastest;
    private final long slowest;
    private long delay;
    private long nextAt;
    private long fastUntil;

    public IdleBackoff(Duration fastest, Duration slowest) {
        this.fastest = fastest.toNanos();
        this.slowest = Math.max(this.fastest, slowest.toNanos());
        this.delay = this.fastest;
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
        delay = fastest;
        nextAt = System.nanoTime();
    }

    /** It found nothing: wait twice as long as last time, up to the slowest pace. */
    public synchronized void idled() {
        long now = System.nanoTime();
        delay = now - fastUntil < 0 ? fastest : Math.min(slowest, delay * 2);
        nextAt = now + delay;
    }

    /** Something was written for the poller here: look now, and keep looking often for a moment. */
    public synchronized void wake() {
        long now = System.nanoTime();
        delay = fastest;
        nextAt = now;
        fastUntil = now + KEEP_FAST_AFTER_WAKING.toNanos();
    }
}
