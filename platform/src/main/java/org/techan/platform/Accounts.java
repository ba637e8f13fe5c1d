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
     * A shopper signs up: a consumer account whose login is a Chinese mobile number (spaces,
     * dashes and a +86 prefix are dropped) or an e-mail address, with the acceptance of the terms
     * in force recorded in the same transaction.
     *
     * @throws RuleViolationException for a login that is neither, terms not accepted, or what
     *     {@link #register} refuses
     * @throws ConflictException if the login is taken, or the terms changed since the page was shown
     */
    AccountView signUp(SignUpCommand command, String source);

    /**
     * As {@link #signUp(SignUpCommand, String)}, for an account of {@code role}: a consumer, or a
     * wholesale buyer applying for their organisation. Joins the caller's transaction.
     *
     * @throws IllegalArgumentException for any other role: staff, clerks and operators are registered by others
     */
    AccountView signUp(SignUpCommand command, String source, Role role);

    /** The terms a sign-up must accept now. */
    LegalTerms legalTerms();

    /**
     * Checks a login and password tried from {@code source} (the client's address). Failures are
     * counted per login and source: after a few, that source must wait, longer each time, while
     * the account stays open to everyone else, so nobody can lock its owner out.
     *
     * @throws RuleViolationException {@code account.sign-in.failed} for an unknown login or a wrong
     *     password (deliberately the same)
     * @throws TooManyAttemptsException {@code account.sign-in.throttled} while this source waits,
     *     whether or not the login exists
     */
    AccountView authenticate(String login, String password, String source);

    /** @throws NotFoundException if there is no such account */
    AccountView account(long id);

    /** The accounts among {@code ids}, in one read; unknown ids are left out. */
    java.util.List<AccountView> accounts(java.util.Collection<Long> ids);
}
