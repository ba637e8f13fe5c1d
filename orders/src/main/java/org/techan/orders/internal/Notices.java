package org.techan.orders.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.techan.orders.NoticeKind;
import org.techan.orders.NoticeView;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;

/**
 * The buyers' inbox. A notice is kept once per event (a redelivered event adds nothing); it is
 * queued for e-mail when SMTP is configured and the buyer's login is an e-mail address.
 */
@Singleton
class Notices {

    /** Unit separator: no buyer-facing fact contains it. */
    static final String SEPARATOR = "\u001F";

    /** Longest page path a notice keeps. */
    static final int MOST_PATH = 120;

    private final JdbcOperations jdbc;
    private final Accounts accounts;
    private final Clock clock;
    private final boolean mailConfigured;

    Notices(JdbcOperations jdbc, Accounts accounts, Clock clock, @Value("${techan.mail.smtp.host:}") String smtpHost) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.mailConfigured = !smtpHost.isBlank();
    }

    /** Keeps a notice for the buyer of a checkout, once per event. */
    @Transactional
    public void tell(
            String eventId, NoticeKind kind, String groupNumber, @Nullable String orderNumber, List<String> details) {
        List<Long> buyers = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT account_id FROM orders_group WHERE number = ?",
                rows -> buyers.add(rows.getLong(1)),
                groupNumber);
        if (buyers.isEmpty()) {
            return;
        }
        keep(eventId, kind, buyers.get(0), groupNumber, orderNumber, details, null);
    }

    /** Keeps a notice for one account about no checkout, leading to {@code path}, once per event. */
    @Transactional
    public void tellAccount(String eventId, NoticeKind kind, long accountId, List<String> details, String path) {
        keep(eventId, kind, accountId, null, null, details, path);
    }

    private void keep(
            String eventId,
            NoticeKind kind,
            long accountId,
            @Nullable String groupNumber,
            @Nullable String orderNumber,
            List<String> details,
            @Nullable String path) {
        boolean email = mailConfigured && accounts.account(accountId).login().contains("@");
        Statements.update(
                jdbc,
                "INSERT IGNORE INTO orders_notice (event_id, account_id, kind, group_number, order_number, details,"
                        + " path, created_at, email_status, email_next_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                eventId,
                accountId,
                kind.name(),
                groupNumber,
                orderNumber,
                String.join(SEPARATOR, details),
                path,
                Timestamp.from(clock.instant()),
                email ? "PENDING" : "SKIPPED",
                email ? Timestamp.from(clock.instant()) : null);
    }

    /** The page a stored notice leads to: its own, or its checkout's. */
    static String path(@Nullable String stored, @Nullable String groupNumber) {
        return stored != null ? stored : NoticeView.checkoutPath(groupNumber);
    }

    @Connectable
    public List<NoticeView> of(Actor buyer, int limit) {
        List<NoticeView> notices = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT id, kind, group_number, order_number, details, created_at, read_at, path FROM orders_notice"
                        + " WHERE account_id = ? ORDER BY id DESC LIMIT ?",
                rows -> notices.add(new NoticeView(
                        rows.getLong(1),
                        NoticeKind.valueOf(rows.getString(2)),
                        rows.getString(3),
                        rows.getString(4),
                        details(rows.getString(5)),
                        rows.getTimestamp(6).toInstant(),
                        rows.getTimestamp(7) != null,
                        path(rows.getString(8), rows.getString(3)))),
                buyer.accountId(),
                limit);
        return notices;
    }

    /** One statement in autocommit: every page a signed-in shopper opens asks it. */
    @Connectable
    public int unread(Actor buyer) {
        int[] count = new int[1];
        Statements.query(
                jdbc,
                "SELECT COUNT(*) FROM orders_notice WHERE account_id = ? AND read_at IS NULL",
                rows -> count[0] = rows.getInt(1),
                buyer.accountId());
        return count[0];
    }

    @Transactional
    public void markRead(Actor buyer) {
        Statements.update(
                jdbc,
                "UPDATE orders_notice SET read_at = ? WHERE account_id = ? AND read_at IS NULL",
                Timestamp.from(clock.instant()),
                buyer.accountId());
    }

    static List<String> details(@Nullable String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(SEPARATOR, -1));
    }
}
