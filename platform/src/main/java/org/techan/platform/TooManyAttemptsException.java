package org.techan.platform;

import java.time.Duration;

/** Too many tries too fast from one place: come back after {@link #retryAfter()} (HTTP 429). */
public final class TooManyAttemptsException extends DomainException implements RetryAfter {

    private final Duration retryAfter;

    public TooManyAttemptsException(String messageKey, Duration retryAfter) {
        super(messageKey, wholeSeconds(retryAfter));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** What a {@code Retry-After} header says: whole seconds, at least one. */
    @Override
    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter);
    }

    private static long wholeSeconds(Duration wait) {
        return Math.max(1, wait.toSeconds());
    }
}
