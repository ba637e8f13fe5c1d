package org.techan.platform;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import java.util.regex.Pattern;

/** Mainland China mobile numbers: what shoppers sign up with and what deliveries are phoned to. */
public final class MobileNumbers {

    /** 11 digits from 13x to 19x. */
    private static final Pattern MAINLAND = Pattern.compile("1[3-9]\\d{9}");
    /** What people type around a mobile number: spaces, dashes, a +86 or 0086 country code. */
    private static final Pattern DECORATION = Pattern.compile("^(\\+?86|0086)|[\\s-]");

    private MobileNumbers() {}

    /** Whether {@code text} is a mainland mobile number as it is, without anything around it. */
    public static boolean isMainland(@Nullable String text) {
        return text != null && MAINLAND.matcher(text).matches();
    }

    /** The 11 digits of a mobile number as people type it, or empty when {@code text} is not one. */
    public static Optional<String> typed(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = DECORATION.matcher(text.strip()).replaceAll("");
        return isMainland(digits) ? Optional.of(digits) : Optional.empty();
    }
}
