package org.techan.promotions.internal;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.MarketCalendar;
import org.techan.promotions.CampaignState;
import org.techan.search.SearchApi;

/**
 * Queues a campaign's products for search indexing when what the index holds of them changes (see
 * {@link IndexedCampaigns}): when the campaign moves into or out of the states shoppers see, and
 * on the first market day it sells on or the first after its last one, which no move marks. The
 * products are queued in the transaction that changes the campaign, so a process dying after the
 * commit loses nothing. Safe on every replica at once: a day's queueing is claimed with a
 * conditional update of {@code indexed_for}.
 */
@Singleton
class CampaignIndexing {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignIndexing.class);
    private static final Set<CampaignState> SEEN =
            EnumSet.of(CampaignState.WARM_UP, CampaignState.LIVE, CampaignState.PAUSED);

    private final PromotionsSql sql;
    private final SearchApi search;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    CampaignIndexing(PromotionsSql sql, SearchApi search, TransactionOperations<Connection> transactions, Clock clock) {
        this.sql = sql;
        this.search = search;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** In the move's transaction: queues the campaign's products if shoppers see it before or after. */
    void moved(long campaignId, CampaignState from, CampaignState to) {
        if (SEEN.contains(from) || SEEN.contains(to)) {
            sql.update(
                    "UPDATE promotions_campaign SET indexed_for = ? WHERE id = ?",
                    Date.valueOf(MarketCalendar.today(clock)),
                    campaignId);
            queueProducts(campaignId);
        }
    }

    @Scheduled(
            fixedDelay = "${techan.promotions.index-days-check:5m}",
            initialDelay = "${techan.promotions.index-days-check:5m}")
    void queueDayChanges() {
        try {
            int queued = queueDue();
            if (queued > 0) {
                LOG.info("Queued the products of {} campaigns starting or ending for search indexing", queued);
            }
        } catch (RuntimeException e) {
            LOG.error("Queueing the products of campaigns starting or ending failed; will try again", e);
        }
    }

    /** Queues the products of every seen campaign that started or ended since its last queueing; answers how many. */
    int queueDue() {
        Date today = Date.valueOf(MarketCalendar.today(clock));
        List<Long> due = transactions.executeRead(status -> sql.query(
                "SELECT id FROM promotions_campaign WHERE state IN ('WARM_UP', 'LIVE', 'PAUSED')"
                        + " AND ((starts_on <= ? AND (indexed_for IS NULL OR indexed_for < starts_on))"
                        + " OR (ends_on < ? AND (indexed_for IS NULL OR indexed_for <= ends_on)))",
                row -> row.getLong(1),
                today,
                today));
        int queued = 0;
        for (long id : due) {
            if (transactions.executeWrite(status -> claim(id, today))) {
                queued++;
            }
        }
        return queued;
    }

    private boolean claim(long campaignId, Date today) {
        int claimed = sql.update(
                "UPDATE promotions_campaign SET indexed_for = ? WHERE id = ? AND (indexed_for IS NULL OR indexed_for < ?)",
                today,
                campaignId,
                today);
        if (claimed == 1) {
            queueProducts(campaignId);
        }
        return claimed == 1;
    }

    private void queueProducts(long campaignId) {
        search.queueForIndexing(sql.query(
                "SELECT DISTINCT product_id FROM promotions_enrolment WHERE campaign_id = ? AND state = 'APPROVED'",
                row -> row.getLong(1),
                campaignId));
    }

    /** For tests: the day a campaign's products were last queued. */
    LocalDate indexedFor(long campaignId) {
        return transactions.executeRead(status -> sql.query(
                        "SELECT indexed_for FROM promotions_campaign WHERE id = ?",
                        row -> row.getDate(1) == null ? null : row.getDate(1).toLocalDate(),
                        campaignId)
                .get(0));
    }
}
