package org.techan.orders.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.IdleBackoff;

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
    private final IdleBackoff pace;

    PaymentNewsJob(PaymentNews news, Refunds refunds, PaymentNewsPace pace) {
        this.news = news;
        this.refunds = refunds;
        this.pace = pace.pace();
    }

    @Scheduled(
            fixedDelay = "${techan.payments.news-interval:500ms}",
            initialDelay = "${techan.payments.news-interval:500ms}")
    void apply() {
        pace.lookIfDue(this::applyAll);
    }

    private boolean applyAll() {
        boolean busy = false;
        try {
            int applied;
            do {
                applied = news.applyNext();
                busy |= applied > 0;
            } while (applied == PaymentNews.BATCH);
        } catch (RuntimeException e) {
            LOG.error("Applying payment news failed; will try again", e);
            busy = true;
        }
        try {
            int sent;
            do {
                sent = refunds.sendDue();
                busy |= sent > 0;
            } while (sent == Refunds.SEND_BATCH);
        } catch (RuntimeException e) {
            LOG.error("Sending refunds failed; will try again", e);
            busy = true;
        }
        return busy;
    }
}
