package org.techan.platform.internal;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/** bcrypt, with a work factor operators can raise as machines get faster. */
@Singleton
class PasswordHashing {

    /** A hash of nothing anyone types, checked for unknown logins so they take as long as known ones. */
    private final String decoy;

    private final int cost;

    PasswordHashing(@Value("${techan.accounts.bcrypt-cost:12}") int cost) {
        this.cost = cost;
        this.decoy = hash("decoy-password-for-unknown-logins");
    }

    String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    /**
     * Whether {@code password} is the one hashed. Passwords longer than bcrypt reads (72 bytes)
     * were never accepted at sign-up, so they never match; they still cost a check, so the answer
     * takes as long as any other wrong guess.
     */
    boolean matches(String password, String hash) {
        byte[] given = password.getBytes(StandardCharsets.UTF_8);
        if (given.length > AccountDirectory.MAX_PASSWORD_BYTES) {
            matches("decoy-password-for-long-guesses", decoy);
            return false;
        }
        return BCrypt.verifyer().verify(given, hash.getBytes(StandardCharsets.US_ASCII)).verified;
    }

    /** Takes as long as a real check and never matches: for logins that do not exist. */
    boolean spendDecoyCheck(String password) {
        matches(password, decoy);
        return false;
    }
}
