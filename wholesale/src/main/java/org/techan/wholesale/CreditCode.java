package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 0–9 and the
 * capitals but I, O, S, V and Z, the last one a check character over the first 17. What a company
 * types is accepted in lower case and with spaces; a code whose check character does not match
 * was mistyped.
 */
public final class CreditCode {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {}

    /** The code as stored: upper case without spaces; null when it is not a valid code. */
    public static @Nullable String normalized(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (code.length() != 18) {
            return null;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARACTERS.indexOf(code.charAt(i));
            if (value < 0) {
                return null;
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == CHARACTERS.charAt(check) ? code : null;
    }

    /** The check character for the first 17 characters of a code (for test data and demo companies). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }
}
