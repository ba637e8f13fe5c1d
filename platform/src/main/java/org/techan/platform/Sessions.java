package org.techan.platform;

import java.util.Optional;

/**
 * Server-side sessions kept in the database, so any replica can serve any request and signing
 * out takes effect everywhere at once.
 */
public interface Sessions {

    OpenedSession open(AccountView account);

    /** The live session for a cookie token; expired or unknown tokens find nothing. */
    Optional<SessionView> find(String token);

    void close(String token);
}
