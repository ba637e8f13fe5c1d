package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import java.util.regex.Pattern;
import org.techan.platform.RuleViolationException;

/** Checks every catalog form shares; each failure names the message key the reader will see. */
final class Input {

    static final int MAX_PAGE_SIZE = 100;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Input() {}

    /** A web name: 3 to 60 lower-case letters, digits and single hyphens. */
    static String slug(@Nullable String raw, String messageKey) {
        String slug = raw == null ? "" : raw.strip();
        if (slug.length() < 3 || slug.length() > 60 || !SLUG.matcher(slug).matches()) {
            throw new RuleViolationException(messageKey, slug);
        }
        return slug;
    }

    /** Non-blank text of at most {@code maxLength} characters, stripped. */
    static String required(@Nullable String value, int maxLength, String messageKey) {
        if (value == null || value.isBlank() || value.strip().length() > maxLength) {
            throw new RuleViolationException(messageKey, maxLength);
        }
        return value.strip();
    }

    /** Blank means absent. */
    static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Blank means absent; given text longer than {@code maxLength} is refused. */
    static @Nullable String optional(@Nullable String value, int maxLength, String messageKey) {
        String text = optional(value);
        if (text != null && text.length() > maxLength) {
            throw new RuleViolationException(messageKey, maxLength);
        }
        return text;
    }
}
