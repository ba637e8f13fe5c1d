package org.techan.platform;

import java.time.Duration;

/** Too many tries too fast from one place: come back after {@link #retryAfter()} (HTTP 429). */
public final class TooManyAttemptsException extends DomainException {

    private final Duration retryAfter;

    public TooManyAttemptsException(String messageKey, Duration retryAfter) {
        super(messageKey, Math.max(1, retryAfter.toSeconds()));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
