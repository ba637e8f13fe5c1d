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

    boolean matches(String password, String hash) {
        return BCrypt.verifyer()
                .verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.US_ASCII))
                .verified;
    }

    void spendDecoyCheck(String password) {
        matches(password, decoy);
    }
}
