package org.techan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.techan.testsupport.MovableClock;

@MicronautTest(transactional = false)
@Property(name = "spec.clock", value = "movable")
class AccountsTest {

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    MovableClock clock;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void shouldSignInWithTheRegisteredPasswordAndStoreOnlyAHash() {
        AccountView registered =
                accounts.register(new RegisterAccountCommand(" Chen.Li@YT ", "李干好吃-2026", "陈丽", Role.SHOP_STAFF));

        assertThat(registered.login()).isEqualTo("chen.li@yt");
        assertThat(accounts.authenticate("CHEN.LI@yt", "李干好吃-2026")).isEqualTo(registered);
        assertThat(storedHash("chen.li@yt")).startsWith("$2").doesNotContain("李干好吃");
    }

    @Test
    void shouldRejectWrongPasswordsAndUnknownLoginsWithTheSameMessage() {
        accounts.register(new RegisterAccountCommand("wang.wu", "correct-horse", "王五", Role.OPERATOR));

        assertThatThrownBy(() -> accounts.authenticate("wang.wu", "wrong-horse"))
                .isInstanceOf(RuleViolationException.class)
                .extracting("messageKey")
                .isEqualTo("account.sign-in.failed");
        assertThatThrownBy(() -> accounts.authenticate("nobody.here", "wrong-horse"))
                .extracting("messageKey")
                .isEqualTo("account.sign-in.failed");
        assertThatThrownBy(() -> accounts.authenticate("wang.wu", "马".repeat(25)))
                .as("longer than bcrypt reads: a wrong guess like any other, not a failure")
                .extracting("messageKey")
                .isEqualTo("account.sign-in.failed");
    }

    @Test
    void shouldRefuseBadRegistrationsAndKeepNothing() {
        assertThatThrownBy(
                        () -> accounts.register(new RegisterAccountCommand("ab", "long-enough-pw", "甲", Role.OPERATOR)))
                .extracting("messageKey")
                .isEqualTo("account.login.invalid");
        assertThatThrownBy(
                        () -> accounts.register(new RegisterAccountCommand("short.pw", "1234567", "乙", Role.OPERATOR)))
                .extracting("messageKey")
                .isEqualTo("account.password.weak");
        assertThatThrownBy(() -> accounts.register(
                        new RegisterAccountCommand("too.long.pw", "茶".repeat(25), "丙", Role.OPERATOR)))
                .as("75 bytes would be cut silently by bcrypt")
                .extracting("messageKey")
                .isEqualTo("account.password.weak");
        assertThatThrownBy(() ->
                        accounts.register(new RegisterAccountCommand("no.name", "long-enough-pw", " ", Role.OPERATOR)))
                .extracting("messageKey")
                .isEqualTo("account.name.required");
        accounts.register(new RegisterAccountCommand("taken.login", "long-enough-pw", "丁", Role.OPERATOR));
        assertThatThrownBy(() -> accounts.register(
                        new RegisterAccountCommand("Taken.Login", "other-password", "戊", Role.SHOP_STAFF)))
                .isInstanceOf(ConflictException.class);

        assertThat(storedHash("ab")).isNull();
        assertThat(storedHash("short.pw")).isNull();
        assertThat(accounts.authenticate("taken.login", "long-enough-pw").displayName())
                .isEqualTo("丁");
    }

    @Test
    void shouldLockAnAccountAfterRepeatedFailuresUntilTheLockoutPasses() {
        accounts.register(new RegisterAccountCommand("guessed.at", "the-real-one", "赵六", Role.SHOP_STAFF));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> accounts.authenticate("guessed.at", "a-guess"))
                    .extracting("messageKey")
                    .isEqualTo("account.sign-in.failed");
        }

        assertThatThrownBy(() -> accounts.authenticate("guessed.at", "the-real-one"))
                .as("even the right password waits out the lock")
                .extracting("messageKey")
                .isEqualTo("account.sign-in.locked");

        clock.advance(Duration.ofMinutes(16));
        assertThat(accounts.authenticate("guessed.at", "the-real-one").login()).isEqualTo("guessed.at");
    }

    @Test
    void shouldFindAnOpenSessionByItsTokenUntilClosed() {
        AccountView account =
                accounts.register(new RegisterAccountCommand("session.user", "session-pass", "孙七", Role.SHOP_STAFF));
        OpenedSession opened = sessions.open(account);

        SessionView found = sessions.find(opened.token()).orElseThrow();
        assertThat(found.account()).isEqualTo(account);
        assertThat(found.csrfToken()).hasSize(43).isNotEqualTo(opened.token());
        assertThat(sessions.find(opened.token().substring(1) + "x")).isEmpty();

        sessions.close(opened.token());
        assertThat(sessions.find(opened.token())).isEmpty();
    }

    @Test
    void shouldExpireASessionLeftIdleButKeepOneInUse() {
        AccountView account =
                accounts.register(new RegisterAccountCommand("idle.user", "idle-password", "周八", Role.OPERATOR));
        OpenedSession idle = sessions.open(account);
        OpenedSession busy = sessions.open(account);

        for (int hour = 0; hour < 9; hour++) {
            clock.advance(Duration.ofHours(1));
            assertThat(sessions.find(busy.token())).as("used every hour").isPresent();
        }

        assertThat(sessions.find(idle.token())).as("idle for 9 hours").isEmpty();
    }

    private String storedHash(String login) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = jdbc.getConnection()
                    .prepareStatement("SELECT password_hash FROM platform_account WHERE login = ?")) {
                select.setString(1, login);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
