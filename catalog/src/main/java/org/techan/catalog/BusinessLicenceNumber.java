package org.techan.catalog;

import org.techan.platform.RuleViolationException;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters whose last one is a
 * check character over the first 17, so most typing mistakes are caught at entry.
 */
public record BusinessLicenceNumber(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public BusinessLicenceNumber {
        String normalized = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
        if (normalized.length() != 18 || !isValid(normalized)) {
            throw new RuleViolationException("shop.licence.invalid", String.valueOf(value));
        }
        value = normalized;
    }

    private static boolean isValid(String code) {
        char check = checkCharacter(code.substring(0, 17));
        return check != '?' && check == code.charAt(17);
    }

    /** The check character for the first 17 characters, or '?' when one is not allowed. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int digit = ALPHABET.indexOf(first17.charAt(i));
            if (digit < 0) {
                return '?';
            }
            sum += digit * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
