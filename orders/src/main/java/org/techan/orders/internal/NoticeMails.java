package org.techan.orders.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import java.sql.Timestamp;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.orders.NoticeKind;
import org.techan.platform.Accounts;

/**
 * E-mails queued notices, Chinese first with the English below, from the {@code notices} bundles.
 * Claims rows SKIP LOCKED, so every replica may run it; a failed send is retried with a growing
 * pause and given up (FAILED, still in the app inbox) after {@value #MOST_ATTEMPTS} attempts.
 */
@Singleton
@Requires(bean = SmtpMailer.class)
class NoticeMails {

    static final int BATCH = 20;
    static final int MOST_ATTEMPTS = 8;
    private static final Logger LOG = LoggerFactory.getLogger(NoticeMails.class);
    private static final String BUNDLE = "org.techan.orders.internal.notices";

    private final JdbcOperations jdbc;
    private final SmtpMailer mailer;
    private final Accounts accounts;
    private final Clock clock;
    private final String siteUrl;

    NoticeMails(
            JdbcOperations jdbc,
            SmtpMailer mailer,
            Accounts accounts,
            Clock clock,
            @Value("${techan.site-url:http://localhost:8080}") String siteUrl) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.accounts = accounts;
        this.clock = clock;
        this.siteUrl = siteUrl.replaceAll("/$", "");
    }

    private record Queued(
            long id,
            long accountId,
            NoticeKind kind,
            String groupNumber,
            String orderNumber,
            List<String> details,
            int attempts,
            String path) {}

    /** Sends one batch of due notices; answers how many were due. */
    @Transactional
    public int sendDue() {
        List<Queued> due = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT id, account_id, kind, group_number, order_number, details, email_attempts, path"
                        + " FROM orders_notice"
                        + " WHERE email_status = 'PENDING' AND email_next_at <= ? ORDER BY id LIMIT " + BATCH
                        + " FOR UPDATE SKIP LOCKED",
                rows -> due.add(new Queued(
                        rows.getLong(1),
                        rows.getLong(2),
                        NoticeKind.valueOf(rows.getString(3)),
                        rows.getString(4),
                        rows.getString(5),
                        Notices.details(rows.getString(6)),
                        rows.getInt(7),
                        Notices.path(rows.getString(8), rows.getString(4)))),
                Timestamp.from(clock.instant()));
        for (Queued notice : due) {
            send(notice);
        }
        return due.size();
    }

    private void send(Queued notice) {
        String to = accounts.account(notice.accountId()).login();
        try {
            mailer.send(to, subject(notice), body(notice));
            Statements.update(jdbc, "UPDATE orders_notice SET email_status = 'SENT' WHERE id = ?", notice.id());
        } catch (MessagingException | RuntimeException e) {
            int attempts = notice.attempts() + 1;
            LOG.warn("E-mail for notice {} failed (attempt {}): {}", notice.id(), attempts, e.toString());
            Statements.update(
                    jdbc,
                    "UPDATE orders_notice SET email_attempts = ?, email_status = ?, email_next_at = ? WHERE id = ?",
                    attempts,
                    attempts >= MOST_ATTEMPTS ? "FAILED" : "PENDING",
                    Timestamp.from(clock.instant().plus(Duration.ofSeconds(10L << Math.min(attempts, 10)))),
                    notice.id());
        }
    }

    private String subject(Queued notice) {
        return text(Locale.SIMPLIFIED_CHINESE, notice, "subject") + " / " + text(Locale.ENGLISH, notice, "subject");
    }

    private String body(Queued notice) {
        String link = siteUrl + notice.path();
        return text(Locale.SIMPLIFIED_CHINESE, notice, "body") + "\n" + link + "\n\n"
                + text(Locale.ENGLISH, notice, "body") + "\n" + link + "\n";
    }

    /** The sentence for the notice's kind; its arguments are the order numbers, then the notice's details. */
    private static String text(Locale locale, Queued notice, String part) {
        String pattern =
                ResourceBundle.getBundle(BUNDLE, locale).getString(notice.kind().name() + "." + part);
        List<Object> arguments = new ArrayList<>();
        String group = notice.groupNumber() == null ? "" : notice.groupNumber();
        arguments.add(group);
        arguments.add(notice.orderNumber() == null ? group : notice.orderNumber());
        arguments.addAll(notice.details());
        return new MessageFormat(pattern, locale).format(arguments.toArray());
    }
}
