package org.techan.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.techan.platform.TryAgainLaterException;

/** Password checks beyond those allowed at once wait a moment, then are told to try again. */
class PasswordHashingTest {

    @Test
    void aCheckThatCannotStartInTimeIsAnsweredBusyAndUncounted() throws Exception {
        PasswordHashing hashing = new PasswordHashing(4, 1, Duration.ofMillis(50));
        String hash = hashing.hash("right-password-1");

        hashing.gate.acquire();
        try {
            assertThatThrownBy(() -> hashing.matches("right-password-1", hash))
                    .isInstanceOf(TryAgainLaterException.class)
                    .hasMessageContaining("account.sign-in.busy")
                    .satisfies(busy -> assertThat(((TryAgainLaterException) busy).retryAfterSeconds())
                            .isEqualTo(1));
            assertThatThrownBy(() -> hashing.hash("another-password-1")).isInstanceOf(TryAgainLaterException.class);
        } finally {
            hashing.gate.release();
        }

        assertThat(hashing.matches("right-password-1", hash)).isTrue();
        assertThat(hashing.matches("wrong-password-1", hash)).isFalse();
        assertThat(hashing.gate.availablePermits())
                .as("every check gives its place back")
                .isEqualTo(1);
    }
}
