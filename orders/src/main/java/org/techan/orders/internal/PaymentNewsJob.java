package org.techan.orders.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies payment webhooks soon after they arrive, then sends the refunds due to the provider;
 * safe on every replica at once.
 */
@Singleton
@Requires(property = "techan.payments.news.enabled", notEquals = "false")
class PaymentNewsJob {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentNewsJob.class);

    private final PaymentNews news;
    private final Refunds refunds;

    PaymentNewsJob(PaymentNews news, Refunds refunds) {
        this.news = news;
        this.refunds = refunds;
    }

    @Scheduled(
            fixedDelay = "${techan.payments.news-interval:500ms}",
            initialDelay = "${techan.payments.news-interval:500ms}")
    void apply() {
        try {
            while (news.applyNext() == PaymentNews.BATCH) {
                // A full batch: more may be waiting.
            }
        } catch (RuntimeException e) {
            LOG.error("Applying payment news failed; will try again", e);
        }
        try {
            while (refunds.sendDue() == Refunds.SEND_BATCH) {
                // More refunds may be due than one claim takes.
            }
        } catch (RuntimeException e) {
            LOG.error("Sending refunds failed; will try again", e);
        }
    }
}
