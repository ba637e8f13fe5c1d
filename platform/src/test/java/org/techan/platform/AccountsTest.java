package org.techan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
        assertThat(accounts.authenticate("CHEN.LI@yt", "李干好吃-2026", "192.0.2.1"))
                .isEqualTo(registered);
        assertThat(storedHash("chen.li@yt")).startsWith("$2").doesNotContain("李干好吃");
    }

    @Test
    void shouldRejectWrongPasswordsAndUnknownLoginsWithTheSameMessage() {
        accounts.register(new RegisterAccountCommand("wang.wu", "correct-horse", "王五", Role.OPERATOR));

        assertThatThrownBy(() -> accounts.authenticate("wang.wu", "wrong-horse", "192.0.2.1"))
                .isInstanceOf(RuleViolationException.class)
                .extracting("messageKey")
                .isEqualTo("account.sign-in.failed");
        assertThatThrownBy(() -> accounts.authenticate("nobody.here", "wrong-horse", "192.0.2.1"))
                .extracting("messageKey")
                .isEqualTo("account.sign-in.failed");
        assertThatThrownBy(() -> accounts.authenticate("wang.wu", "马".repeat(25), "192.0.2.1"))
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
        assertThat(accounts.authenticate("taken.login", "long-enough-pw", "192.0.2.1")
                        .displayName())
                .isEqualTo("丁");
    }

    @Test
    void guessingFromOneAddressBacksOffThereWhileTheOwnerSignsInFromAnother() {
        accounts.register(new RegisterAccountCommand("guessed.at", "the-real-one", "赵六", Role.SHOP_STAFF));
        String attacker = "198.51.100.9";
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> accounts.authenticate("guessed.at", "a-guess", attacker))
                    .extracting("messageKey")
                    .isEqualTo("account.sign-in.failed");
        }

        assertThatThrownBy(() -> accounts.authenticate("guessed.at", "the-real-one", attacker))
                .as("the guessing address waits, even with the right password")
                .isInstanceOf(TooManyAttemptsException.class)
                .extracting(e -> ((TooManyAttemptsException) e).retryAfter())
                .isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> accounts.authenticate("no.such.login", "a-guess", attacker))
                .as("unknown logins are counted alike, so the answer tells nothing")
                .extracting("messageKey")
                .isEqualTo("account.sign-in.failed");
        assertThat(accounts.authenticate("guessed.at", "the-real-one", "203.0.113.20")
                        .login())
                .as("the owner elsewhere is not locked out")
                .isEqualTo("guessed.at");

        clock.advance(Duration.ofSeconds(31));
        assertThatThrownBy(() -> accounts.authenticate("guessed.at", "another-guess", attacker))
                .extracting("messageKey")
                .isEqualTo("account.sign-in.failed");
        assertThatThrownBy(() -> accounts.authenticate("guessed.at", "the-real-one", attacker))
                .as("each further failure doubles the wait")
                .extracting(e -> ((TooManyAttemptsException) e).retryAfter())
                .isEqualTo(Duration.ofSeconds(60));
        clock.advance(Duration.ofMinutes(2));
        assertThat(accounts.authenticate("guessed.at", "the-real-one", attacker).login())
                .isEqualTo("guessed.at");
    }

    @Test
    void simultaneousWrongPasswordsAllCount() throws Exception {
        accounts.register(new RegisterAccountCommand("parallel.target", "the-real-one", "钱八", Role.OPERATOR));
        ExecutorService guessers = Executors.newFixedThreadPool(20);
        try {
            CyclicBarrier together = new CyclicBarrier(20);
            List<Future<?>> guesses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String source = "198.51.100." + (i % 4);
                guesses.add(guessers.submit(() -> {
                    together.await();
                    return catchThrowable(() -> accounts.authenticate("parallel.target", "wrong-guess", source));
                }));
            }
            for (Future<?> guess : guesses) {
                assertThat(guess.get(60, TimeUnit.SECONDS)).isInstanceOf(RuleViolationException.class);
            }
        } finally {
            guessers.shutdownNow();
        }

        assertThat(failedAttempts("parallel.target")).isEqualTo(20);
        assertThat(accounts.authenticate("parallel.target", "the-real-one", "203.0.113.21")
                        .login())
                .isEqualTo("parallel.target");
        assertThat(failedAttempts("parallel.target")).isZero();
    }

    private int failedAttempts(String login) {
        return ((Number) column("failed_attempts", login)).intValue();
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

    @Test
    void shoppersSignUpWithAMobileOrEMailAndTheirConsentIsRecorded() {
        String terms = accounts.legalTerms().version();

        AccountView mobile = accounts.signUp(
                new SignUpCommand("+86 139-2026-1205", "shopper-pw-2026", "黄蓉", true, terms), "192.0.2.9");
        AccountView email = accounts.signUp(
                new SignUpCommand(" Rong.Huang@Example.CN ", "shopper-pw-2026", "黄蓉", true, terms), "192.0.2.9");

        assertThat(mobile.login())
                .as("what people type around a number is dropped")
                .isEqualTo("13920261205");
        assertThat(mobile.role()).isEqualTo(Role.CONSUMER);
        assertThat(email.login()).isEqualTo("rong.huang@example.cn");
        assertThat(accounts.authenticate("139 2026 1205", "shopper-pw-2026", "192.0.2.9"))
                .as("signing in accepts the number typed the same ways")
                .isEqualTo(mobile);
        assertThat(consents(mobile.id()))
                .containsExactlyInAnyOrder("PRIVACY " + terms + " 192.0.2.9", "TERMS " + terms + " 192.0.2.9");
    }

    @Test
    void aSignUpWithoutAMobileOrEMailOrWithoutConsentCreatesNothing() {
        String terms = accounts.legalTerms().version();

        assertThatThrownBy(() ->
                        accounts.signUp(new SignUpCommand("12345", "shopper-pw-2026", "甲", true, terms), "192.0.2.9"))
                .extracting("messageKey")
                .isEqualTo("account.login.mobile-or-email");
        assertThatThrownBy(() -> accounts.signUp(
                        new SignUpCommand("10912345678", "shopper-pw-2026", "甲", true, terms), "192.0.2.9"))
                .as("mainland mobiles start 13 to 19")
                .extracting("messageKey")
                .isEqualTo("account.login.mobile-or-email");
        assertThatThrownBy(() -> accounts.signUp(
                        new SignUpCommand("no.at.sign", "shopper-pw-2026", "甲", true, terms), "192.0.2.9"))
                .extracting("messageKey")
                .isEqualTo("account.login.mobile-or-email");
        assertThatThrownBy(() -> accounts.signUp(
                        new SignUpCommand("13920260001", "shopper-pw-2026", "乙", false, terms), "192.0.2.9"))
                .extracting("messageKey")
                .isEqualTo("account.terms.required");
        assertThatThrownBy(() -> accounts.signUp(
                        new SignUpCommand("13920260001", "shopper-pw-2026", "乙", true, "2020-01-01"), "192.0.2.9"))
                .as("terms changed since the page was shown")
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(
                        () -> accounts.signUp(new SignUpCommand("13920260002", "short", "丙", true, terms), "192.0.2.9"))
                .extracting("messageKey")
                .isEqualTo("account.password.weak");

        assertThat(storedHash("12345")).isNull();
        assertThat(storedHash("13920260001")).isNull();
        assertThat(storedHash("13920260002")).isNull();
        assertThat(consentRows()).as("no consent without its account").isEqualTo(accountsWithConsent());
    }

    private List<String> consents(long accountId) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = jdbc.getConnection()
                    .prepareStatement("SELECT document, version, source FROM platform_consent WHERE account_id = ?")) {
                select.setLong(1, accountId);
                List<String> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                    }
                }
                return found;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long consentRows() {
        return count("SELECT COUNT(*) FROM platform_consent");
    }

    /** Every account with consent has both documents: twice the number of such accounts. */
    private long accountsWithConsent() {
        return 2
                * count("SELECT COUNT(DISTINCT c.account_id) FROM platform_consent c"
                        + " JOIN platform_account a ON a.id = c.account_id");
    }

    private long count(String sql) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = jdbc.getConnection().prepareStatement(sql);
                    ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private String storedHash(String login) {
        return (String) column("password_hash", login);
    }

    private Object column(String column, String login) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = jdbc.getConnection()
                    .prepareStatement("SELECT " + column + " FROM platform_account WHERE login = ?")) {
                select.setString(1, login);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getObject(1) : null;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
