package org.techan.wholesale.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.techan.platform.Actor;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.wholesale.OrganisationView;
import org.techan.wholesale.QuickOrderDraft;
import org.techan.wholesale.QuickOrderUpload;

/**
 * Quick-order files uploaded through the API: checked when they arrive (a file that cannot be
 * read at all is refused and not kept), kept as read, and checked again whenever a member asks
 * for its status. Only the organisation's members see them.
 */
@Singleton
class Uploads {

    private static final int LONGEST_NAME = 200;

    private final WholesaleSql sql;
    private final QuickOrders quickOrders;
    private final Organisations organisations;
    private final Clock clock;

    Uploads(WholesaleSql sql, QuickOrders quickOrders, Organisations organisations, Clock clock) {
        this.sql = sql;
        this.quickOrders = quickOrders;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * Keeps a checked file; under a key this buyer used before, answers that upload instead.
     *
     * @throws RequestKeys.KeptMeanwhile when the same key came twice at once: the other request kept it
     */
    @Transactional
    public QuickOrderUpload upload(Actor buyer, byte[] file, @Nullable String fileName, @Nullable String requestKey) {
        String key = RequestKeys.checked(requestKey);
        if (key != null) {
            java.util.Optional<Long> sent = idByKey(buyer, key);
            if (sent.isPresent()) {
                return status(buyer, sent.get());
            }
        }
        QuickOrderDraft draft = quickOrders.check(buyer, file);
        String name = fileName == null || fileName.isBlank() ? null : fileName.strip();
        if (name != null && name.length() > LONGEST_NAME) {
            throw new RuleViolationException("wholesale.upload.name", LONGEST_NAME);
        }
        OrganisationView organisation = organisations.organisationOf(buyer);
        // As the column keeps it, so the status asked later says the same.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        try {
            long id = sql.insert(
                    "INSERT INTO wholesale_upload (organisation_id, account_id, file_name, lines_text, uploaded_at,"
                            + " request_key) VALUES (?, ?, ?, ?, ?, ?)",
                    organisation.id(),
                    buyer.accountId(),
                    name,
                    draft.text(),
                    Timestamp.from(now),
                    key);
            return new QuickOrderUpload(id, name, now, draft);
        } catch (RuntimeException failure) {
            if (key != null && WholesaleSql.duplicateKey(failure)) {
                throw new RequestKeys.KeptMeanwhile("An upload", failure);
            }
            throw failure;
        }
    }

    /** The upload this buyer sent under this key, read after the request that kept it committed. */
    @Transactional(readOnly = true)
    public QuickOrderUpload byKey(Actor buyer, String requestKey) {
        return status(buyer, idByKey(buyer, RequestKeys.checked(requestKey)).orElseThrow());
    }

    private java.util.Optional<Long> idByKey(Actor buyer, String key) {
        return sql
                .query(
                        "SELECT id FROM wholesale_upload WHERE account_id = ? AND request_key = ?",
                        row -> row.getLong(1),
                        buyer.accountId(),
                        key)
                .stream()
                .findFirst();
    }

    /**
     * An upload of the member's organisation, checked again now.
     *
     * @throws NotFoundException for another organisation's upload, as for an unknown one
     */
    @Transactional(readOnly = true)
    public QuickOrderUpload status(Actor member, long id) {
        OrganisationView organisation = organisations.organisationOf(member);
        record Stored(String fileName, String text, Instant uploadedAt) {}
        List<Stored> stored = sql.query(
                "SELECT file_name, lines_text, uploaded_at FROM wholesale_upload WHERE id = ? AND organisation_id = ?",
                row -> new Stored(
                        row.getString(1), row.getString(2), row.getTimestamp(3).toInstant()),
                id,
                organisation.id());
        if (stored.isEmpty()) {
            throw new NotFoundException("wholesale.upload.not-found", id);
        }
        Stored upload = stored.get(0);
        QuickOrderDraft draft = quickOrders.check(member, upload.text().getBytes(StandardCharsets.UTF_8));
        return new QuickOrderUpload(id, upload.fileName(), upload.uploadedAt(), draft);
    }
}
