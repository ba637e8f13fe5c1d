package org.techan.platform;

/** A refusal that ends by itself: the caller may ask again after this many seconds (HTTP {@code Retry-After}). */
public interface RetryAfter {

    long retryAfterSeconds();
}
