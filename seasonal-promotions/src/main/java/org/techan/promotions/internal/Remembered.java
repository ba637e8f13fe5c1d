package org.techan.promotions.internal;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read again once older than its time to live, or after {@link #forget()}: for what pages
 * read on every view and what changes rarely, so that a view costs no statement. A change made on
 * this replica forgets the value; other replicas see it within the time to live.
 */
final class Remembered<T> {

    private record Held<T>(long readAt, T value) {}

    private final long ttlNanos;
    private volatile Held<T> held;

    Remembered(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    T get(Supplier<T> read) {
        Held<T> known = held;
        if (known != null && System.nanoTime() - known.readAt() < ttlNanos) {
            return known.value();
        }
        Held<T> fresh = new Held<>(System.nanoTime(), read.get());
        held = fresh;
        return fresh.value();
    }

    void forget() {
        held = null;
    }
}
