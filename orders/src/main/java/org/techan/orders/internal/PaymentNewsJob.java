package org.techan.orders.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies payment webhooks soon after they arrive; safe on every replica at once. */
@Singleton
@Requires(property = "techan.payments.news.enabled", notEquals = "false")
class PaymentNewsJob {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentNewsJob.class);

    private final PaymentNews news;

    PaymentNewsJob(PaymentNews news) {
        this.news = news;
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
    }
}
