package org.techan.catalog.internal;

import jakarta.inject.Singleton;
import java.security.SecureRandom;

/**
 * Trace codes: 12 characters without look-alikes (no 0/O, 1/I/L), easy to read off a label and
 * too many (31^12) to guess one's way through other shops' batches.
 */
@Singleton
class TraceCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();

    String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    static boolean wellFormed(String code) {
        return code != null && code.matches("[2-9A-HJKMNP-Z]{12}");
    }
}
