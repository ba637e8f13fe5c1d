package org.techan.promotions.internal;

import io.micronaut.core.annotation.Nullable;
import java.util.regex.Pattern;
import org.techan.platform.RuleViolationException;

/**
 * Request keys: what lets the same request sent twice (a double click, a client's retry, both at
 * once) make one campaign or coupon. The second finds the first's row by its key; one sent while
 * the first is still in flight waits on the key's unique index, fails, and is answered outside its
 * rolled-back transaction with what the first made ({@link Repeated}).
 */
final class RequestKeys {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private RequestKeys() {}

    /** The key, or null when none was sent. */
    static @Nullable String checked(@Nullable String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (!KEY.matcher(key.strip()).matches()) {
            throw new RuleViolationException("request.key.invalid");
        }
        return key.strip();
    }

    /** A row with this key was committed while this request was making its own. */
    static final class Repeated extends RuntimeException {

        private final String key;
        private final @Nullable String code;

        Repeated(String key, @Nullable String code) {
            super("Request " + key + " was made already", null, false, false);
            this.key = key;
            this.code = code;
        }

        String key() {
            return key;
        }

        /** A coupon's code, which may have been what clashed instead. */
        @Nullable
        String code() {
            return code;
        }
    }
}
