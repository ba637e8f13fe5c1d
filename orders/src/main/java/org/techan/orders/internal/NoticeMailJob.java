package org.techan.orders.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** E-mails queued notices every few seconds while SMTP is configured; safe on every replica. */
@Singleton
@Requires(bean = NoticeMails.class)
class NoticeMailJob {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeMailJob.class);

    private final NoticeMails mails;

    NoticeMailJob(NoticeMails mails) {
        this.mails = mails;
    }

    @Scheduled(fixedDelay = "${techan.mail.interval:2s}", initialDelay = "${techan.mail.interval:2s}")
    void send() {
        try {
            while (mails.sendDue() == NoticeMails.BATCH) {
                // A full batch: more may be waiting.
            }
        } catch (RuntimeException e) {
            LOG.error("Sending notice e-mails failed; will try again", e);
        }
    }
}
