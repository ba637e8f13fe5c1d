package org.techan.promotions.internal;

import io.micronaut.core.annotation.Nullable;
import org.techan.platform.RuleViolationException;

/** Text an operator or a shop typed: stripped, required or optional, within its length. */
final class Text {

    private Text() {}

    static String required(@Nullable String value, int most, String key) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > most) {
            throw new RuleViolationException(key, most);
        }
        return stripped;
    }

    static @Nullable String optional(@Nullable String value, int most, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > most) {
            throw new RuleViolationException(key, most);
        }
        return stripped;
    }
}
