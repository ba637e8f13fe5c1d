package org.techan.wholesale.internal;

import io.micronaut.core.annotation.Nullable;
import org.techan.platform.RuleViolationException;

/**
 * Request keys (a form's, or an API client's {@code Idempotency-Key}): the same key again answers
 * what the first request made. Each table keeps them under a unique key, so of two requests with
 * the same key at once one inserts and the other learns it was {@link KeptMeanwhile}.
 */
final class RequestKeys {

    static final int LONGEST = 64;

    private RequestKeys() {}

    /**
     * The key as kept: stripped, none for a blank one.
     *
     * @throws RuleViolationException for a key over {@value #LONGEST} characters
     */
    static @Nullable String checked(@Nullable String requestKey) {
        if (requestKey == null || requestKey.isBlank()) {
            return null;
        }
        String key = requestKey.strip();
        if (key.length() > LONGEST) {
            throw new RuleViolationException("wholesale.request-key.too-long", LONGEST);
        }
        return key;
    }

    /**
     * The same key came twice at once: the other request kept what it made, and this one's
     * transaction rolls back; the caller reads the other's answer once it committed.
     */
    static final class KeptMeanwhile extends RuntimeException {
        KeptMeanwhile(String what, Throwable cause) {
            super(what + " with this request key was kept meanwhile", cause);
        }
    }
}
