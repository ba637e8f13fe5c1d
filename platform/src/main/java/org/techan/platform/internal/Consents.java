package org.techan.platform.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.techan.platform.LegalTerms;

/** Records which version of the user agreement and the privacy policy an account accepted. */
@Singleton
class Consents {

    static final String TERMS = "TERMS";
    static final String PRIVACY = "PRIVACY";

    private final JdbcOperations jdbc;

    Consents(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the caller's transaction: the account and its consent are written together or not at all. */
    void accepted(long accountId, LegalTerms terms, Instant at, String source) {
        try (PreparedStatement insert = jdbc.getConnection()
                .prepareStatement("INSERT INTO platform_consent (account_id, document, version, accepted_at, source)"
                        + " VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)")) {
            int i = 1;
            for (String document : new String[] {TERMS, PRIVACY}) {
                insert.setLong(i++, accountId);
                insert.setString(i++, document);
                insert.setString(i++, terms.version());
                insert.setTimestamp(i++, Timestamp.from(at));
                insert.setString(i++, source);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the consent of account " + accountId, e);
        }
    }
}
