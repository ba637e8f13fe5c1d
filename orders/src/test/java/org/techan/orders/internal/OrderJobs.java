package org.techan.orders.internal;

import jakarta.inject.Singleton;

/**
 * Test fixture, shared through orders' test jar: runs the orders' scheduled work now, to the end,
 * instead of waiting for its schedule.
 */
@Singleton
public class OrderJobs {

    private final PaymentNews news;
    private final NoShows noShows;
    private final Refunds refunds;

    OrderJobs(PaymentNews news, NoShows noShows, Refunds refunds) {
        this.news = news;
        this.noShows = noShows;
        this.refunds = refunds;
    }

    /** Sends every refund now due to the provider; how many were due. */
    public int sendRefunds() {
        int due = 0;
        for (int batch = refunds.sendDue(); batch > 0; batch = refunds.sendDue()) {
            due += batch;
        }
        return due;
    }

    /** Applies every payment event received so far; how many were applied. */
    public int applyPaymentNews() {
        int applied = 0;
        for (int batch = news.applyNext(); batch > 0; batch = news.applyNext()) {
            applied += batch;
        }
        return applied;
    }

    /** Cancels every pickup order not collected in time; how many. */
    public int closeOverduePickups() {
        int closed = 0;
        int batch;
        do {
            batch = noShows.closeOverdue();
            closed += batch;
        } while (batch == NoShows.BATCH);
        return closed;
    }
}
