package org.techan.platform.internal;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.techan.platform.TryAgainLaterException;

/**
 * bcrypt, with a work factor operators can raise as machines get faster. Only so many checks run
 * at once (half the cores by default): a wave of junk sign-ins from ever new addresses, which no
 * per-address back-off stops, would otherwise take every core from the shoppers browsing. A check
 * that cannot start within the patience is answered "busy, try again" without being counted.
 */
@Singleton
class PasswordHashing {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    /** Checks allowed at once; package-private so a test can hold it. */
    final Semaphore gate;

    private final Duration patience;

    /** A hash of nothing anyone types, checked for unknown logins so they take as long as known ones. */
    private final String decoy;

    private final int cost;

    @Inject
    PasswordHashing(
            @Value("${techan.accounts.bcrypt-cost:12}") int cost,
            @Value("${techan.accounts.password-checks-at-once:0}") int atOnce,
            @Value("${techan.accounts.password-check-patience:3s}") Duration patience) {
        this.cost = cost;
        this.gate = new Semaphore(
                atOnce > 0 ? atOnce : Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        this.patience = patience;
        this.decoy = BCrypt.withDefaults().hashToString(cost, "decoy-password-for-unknown-logins".toCharArray());
    }

    String hash(String password) {
        return gated(() -> BCrypt.withDefaults().hashToString(cost, password.toCharArray()));
    }

    private <T> T gated(Supplier<T> work) {
        boolean admitted;
        try {
            admitted = gate.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new TryAgainLaterException("account.sign-in.busy", RETRY_AFTER);
        }
        try {
            return work.get();
        } finally {
            gate.release();
        }
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
        return gated(() -> BCrypt.verifyer().verify(given, hash.getBytes(StandardCharsets.US_ASCII)).verified);
    }

    /** Takes as long as a real check and never matches: for logins that do not exist. */
    boolean spendDecoyCheck(String password) {
        matches(password, decoy);
        return false;
    }
}
