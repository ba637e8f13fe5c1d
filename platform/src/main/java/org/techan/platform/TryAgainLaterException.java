package org.techan.platform;

import java.time.Duration;

/**
 * The request's outcome is not known yet (it is still being worked on, or the work is waiting on
 * something slow): the caller repeats it after {@link #retryAfterSeconds()} (HTTP 503), with the
 * same idempotency key, and gets the outcome then.
 */
public final class TryAgainLaterException extends DomainException implements RetryAfter {

    private final long retryAfterSeconds;

    public TryAgainLaterException(String messageKey, Duration retryAfter) {
        super(messageKey);
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
