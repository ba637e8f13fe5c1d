package org.techan.platform.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.techan.platform.AccountView;
import org.techan.platform.Accounts;
import org.techan.platform.ConflictException;
import org.techan.platform.LegalTerms;
import org.techan.platform.MobileNumbers;
import org.techan.platform.NotFoundException;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.platform.SignUpCommand;
import org.techan.platform.TooManyAttemptsException;

@Singleton
class AccountDirectory implements Accounts {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._@+-]{2,79}");

    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}");
    static final int MIN_PASSWORD = 8;
    private static final int MAX_LOGIN = 80;
    private static final int MAX_SOURCE = 64;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final AccountRepository repository;
    private final PasswordHashing hashing;
    private final Clock clock;
    private final SignInThrottle throttle;
    private final Consents consents;
    private final LegalTerms terms;

    AccountDirectory(
            AccountRepository repository,
            PasswordHashing hashing,
            Clock clock,
            SignInThrottle throttle,
            Consents consents,
            @Value("${techan.legal.version:2026-12-01}") String termsVersion) {
        this.consents = consents;
        this.terms = new LegalTerms(termsVersion);
        this.repository = repository;
        this.hashing = hashing;
        this.clock = clock;
        this.throttle = throttle;
    }

    @Override
    @Transactional
    public AccountView register(RegisterAccountCommand command) {
        String login = normalised(command.login());
        if (!LOGIN.matcher(login).matches()) {
            throw new RuleViolationException("account.login.invalid", login);
        }
        String password = command.password() == null ? "" : command.password();
        if (password.length() < MIN_PASSWORD
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES
                || password.isBlank()) {
            throw new RuleViolationException("account.password.weak", MIN_PASSWORD, MAX_PASSWORD_BYTES);
        }
        String name = command.displayName() == null ? "" : command.displayName().strip();
        if (name.isEmpty() || name.length() > 60) {
            throw new RuleViolationException("account.name.required", 60);
        }
        if (command.role() == null) {
            throw new RuleViolationException("account.role.required");
        }
        if (repository.existsByLogin(login)) {
            throw new ConflictException("account.login.taken", login);
        }
        AccountRow row = new AccountRow(null, login, hashing.hash(password), name, command.role(), 0, null);
        try {
            return repository.save(row).view();
        } catch (DataAccessException e) {
            // The same sign-up sent twice at once: the second waited on the first's row and lost.
            if (isDuplicateKey(e)) {
                throw new ConflictException("account.login.taken", login);
            }
            throw e;
        }
    }

    @Override
    @Transactional
    public AccountView signUp(SignUpCommand command, String source) {
        return signUp(command, source, Role.CONSUMER);
    }

    @Override
    @Transactional
    public AccountView signUp(SignUpCommand command, String source, Role role) {
        if (role != Role.CONSUMER && role != Role.WHOLESALE_BUYER) {
            throw new IllegalArgumentException("Only shoppers and wholesale buyers sign themselves up, not " + role);
        }
        String login = shopperLogin(command.login());
        if (!MobileNumbers.isMainland(login) && !(EMAIL.matcher(login).matches() && login.length() <= MAX_LOGIN)) {
            throw new RuleViolationException("account.login.mobile-or-email", String.valueOf(command.login()));
        }
        if (!command.acceptedTerms()) {
            throw new RuleViolationException("account.terms.required");
        }
        if (!terms.version().equals(command.termsVersion())) {
            throw new ConflictException("account.terms.changed", terms.version());
        }
        AccountView account =
                register(new RegisterAccountCommand(login, command.password(), command.displayName(), role));
        consents.accepted(account.id(), terms, clock.instant(), clientSource(source));
        return account;
    }

    @Override
    public LegalTerms legalTerms() {
        return terms;
    }

    /** A mobile number as people type it becomes its 11 digits; anything else is only trimmed and lower-cased. */
    private static String shopperLogin(@Nullable String typed) {
        String login = normalised(typed);
        return MobileNumbers.typed(login).orElse(login);
    }

    /** Where a request came from, as the throttle and the consent record keep it. */
    private static String clientSource(@Nullable String source) {
        return truncated(source == null || source.isBlank() ? "unknown" : source.strip(), MAX_SOURCE);
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /**
     * No transaction around it: bcrypt takes a quarter of a second, and a wave of junk sign-ins
     * must not hold every pooled connection while the CPU works.
     */
    @Override
    public AccountView authenticate(String login, String password, String source) {
        // No login is longer than registration allows; a longer one is simply unknown, and its
        // failures count under its first characters (the throttle's column is that wide).
        String normalised = shopperLogin(login);
        String key = truncated(normalised, MAX_LOGIN);
        String from = clientSource(source);
        Instant now = clock.instant();
        Optional<Duration> wait = throttle.waitFor(key, from, now);
        if (wait.isPresent()) {
            throw new TooManyAttemptsException("account.sign-in.throttled", wait.get());
        }
        Optional<AccountRow> found = repository.findByLogin(normalised);
        String given = password == null ? "" : password;
        boolean matches =
                found.isPresent() ? hashing.matches(given, found.get().passwordHash()) : hashing.spendDecoyCheck(given);
        if (!matches) {
            throttle.failed(key, from, now);
            found.ifPresent(account -> repository.countFailure(account.id()));
            throw new RuleViolationException("account.sign-in.failed");
        }
        throttle.succeeded(key, from);
        if (found.get().failedAttempts() > 0) {
            repository.update(found.get().id(), 0, null);
        }
        return found.get().view();
    }

    @Override
    @Transactional(readOnly = true)
    public AccountView account(long id) {
        return repository
                .findById(id)
                .map(AccountRow::view)
                .orElseThrow(() -> new NotFoundException("account.not-found", id));
    }

    @Override
    public List<AccountView> accounts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return repository.findByIdIn(ids).stream().map(AccountRow::view).toList();
    }

    private static String truncated(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static String normalised(@Nullable String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
