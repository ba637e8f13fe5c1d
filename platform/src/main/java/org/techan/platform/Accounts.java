package org.techan.platform;

/** Sign-in accounts: registration with a hashed password, and password checks with lock-out. */
public interface Accounts {

    /**
     * Registers an account; joins the caller's transaction so a module can create the account and
     * its own membership row atomically.
     *
     * @throws RuleViolationException for a malformed login, a weak password or a missing name
     * @throws ConflictException if the login is taken
     */
    AccountView register(RegisterAccountCommand command);

    /**
     * Checks a login and password. Repeated failures lock the account for a while, so passwords
     * cannot be guessed at speed.
     *
     * @throws RuleViolationException {@code account.sign-in.failed} for an unknown login or a wrong
     *     password (deliberately the same), {@code account.sign-in.locked} while locked
     */
    AccountView authenticate(String login, String password);

    /** @throws NotFoundException if there is no such account */
    AccountView account(long id);
}
