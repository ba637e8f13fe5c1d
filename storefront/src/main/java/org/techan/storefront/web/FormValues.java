package org.techan.storefront.web;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.techan.platform.RuleViolationException;

/**
 * Reading what browsers and files send as text. Anything unreadable becomes 0 or null, which the
 * catalog then refuses with its own message about that field, in the reader's language.
 */
final class FormValues {

    private FormValues() {}

    static int integer(@Nullable String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Blank is "not given"; a typo becomes 0, which the catalog refuses as out of range. */
    static @Nullable Integer optionalInteger(@Nullable String text) {
        return text == null || text.isBlank() ? null : integer(text);
    }

    static @Nullable BigDecimal decimal(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A day a form must give, such as a collection day: refused with its own message when missing or mistyped. */
    static LocalDate day(@Nullable String text) {
        LocalDate day = date(text);
        if (day == null) {
            throw new RuleViolationException("store.day.invalid", String.valueOf(text));
        }
        return day;
    }

    static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable String name) {
        try {
            return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
