package org.techan.promotions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.Funder;
import org.techan.promotions.CampaignRule;
import org.techan.promotions.CampaignState;
import org.techan.promotions.CreateCampaignCommand;
import org.techan.promotions.CreateFestivalCommand;
import org.techan.promotions.EnrolCommand;
import org.techan.promotions.FestivalDateRule;
import org.techan.promotions.PromotionsApi;
import org.techan.search.ProductPromotion;
import org.techan.testsupport.MovableClock;

/**
 * A campaign's products are queued for indexing when it moves where shoppers see it, and again on
 * the first day it sells and the first after its last, which no move marks: once per day whichever
 * replica asks, and what the index is told follows the day.
 */
@MicronautTest(transactional = false)
@Property(name = "spec.clock", value = "movable")
@Property(name = "techan.search.indexing.enabled", value = "false")
class CampaignIndexingTest {

    private static final String VILLAGE = "350125102201";

    @Inject
    PromotionsApi promotions;

    @Inject
    CampaignIndexing indexing;

    @Inject
    IndexedCampaigns indexed;

    @Inject
    TestMarketplace market;

    @Inject
    MovableClock clock;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aCampaignsProductsAreQueuedWhenItIsSeenStartsAndEnds() {
        today(2026, 12, 1);
        long eventsBefore = lastCatalogEvent();
        market.regions(VILLAGE, "福建省/Fujian", "福州市/Fuzhou", "永泰县/Yongtai", "嵩口镇/Songkou", "月洲村");
        TestMarketplace.Shop shop = market.aShop("indexing-plums")
                .named("李干索引合作社")
                .inVillage(VILLAGE)
                .open();
        TestMarketplace.Product plums =
                market.aProduct(shop, "索引李干").priced("38.00").withBatch(100).create();
        promotions.createFestival(
                TestMarketplace.OPERATOR,
                new CreateFestivalCommand(
                        "indexing-plum-days", "李干节", null, null, null, FestivalDateRule.fixed(12, 3), 3, 2, null));
        long campaign = promotions
                .createCampaign(
                        TestMarketplace.OPERATOR,
                        new CreateCampaignCommand(
                                "indexing-plum-days",
                                "李干直降",
                                null,
                                null,
                                null,
                                List.of(shop.slug()),
                                Funder.SHOP,
                                CampaignRule.priceCut(),
                                null,
                                null))
                .id();
        promotions.moveCampaign(TestMarketplace.OPERATOR, campaign, CampaignState.ENROLMENT, null);
        long enrolment = promotions
                .enrol(shop.staff(), campaign, new EnrolCommand(plums.skuId(), new BigDecimal("30.00"), null))
                .id();
        promotions.reviewEnrolment(TestMarketplace.OPERATOR, enrolment, true, null);
        promotions.moveCampaign(TestMarketplace.OPERATOR, campaign, CampaignState.REVIEW, null);
        // The product's own events queue it for indexing when the relay hands them on: let that
        // happen first, or it lands after the queue was cleared and looks like the campaign's doing.
        awaitRelayed(eventsBefore);
        clearQueue(plums.id());
        assertThat(indexing.indexedFor(campaign))
                .as("not yet seen by shoppers: not queued")
                .isNull();

        promotions.moveCampaign(TestMarketplace.OPERATOR, campaign, CampaignState.WARM_UP, null);
        promotions.moveCampaign(TestMarketplace.OPERATOR, campaign, CampaignState.LIVE, null);
        assertThat(queued(plums.id()))
                .as("queued by the move, in its transaction")
                .isTrue();
        assertThat(indexing.indexedFor(campaign)).isEqualTo(LocalDate.of(2026, 12, 1));
        ProductPromotion before =
                indexed.of(List.of(plums.id()), LocalDate.of(2026, 12, 1)).get(plums.id());
        assertThat(before.festivalSlugs()).containsExactly("indexing-plum-days");
        assertThat(before.badge()).as("live from the 3rd: no badge on the 1st").isNull();
        clearQueue(plums.id());
        indexing.queueDue();
        assertThat(queued(plums.id())).as("nothing changes on the 1st").isFalse();

        today(2026, 12, 3);
        // Other tests' campaigns in this database may be due too: only this one's queueing is checked.
        assertThat(indexing.queueDue()).as("the first day it sells").isPositive();
        assertThat(indexing.indexedFor(campaign)).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(queued(plums.id())).isTrue();
        clearQueue(plums.id());
        indexing.queueDue();
        assertThat(queued(plums.id())).as("once a day, whoever asks again").isFalse();
        ProductPromotion selling =
                indexed.of(List.of(plums.id()), LocalDate.of(2026, 12, 3)).get(plums.id());
        assertThat(selling.badge()).isNotNull();
        assertThat(selling.badge().price()).isEqualByComparingTo("30.00");
        assertThat(selling.badge().until()).isEqualTo(LocalDate.of(2026, 12, 5));

        today(2026, 12, 6);
        assertThat(indexing.queueDue()).as("the first day after its last").isPositive();
        assertThat(indexing.indexedFor(campaign)).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(queued(plums.id())).isTrue();
        Map<Long, ProductPromotion> after = indexed.of(List.of(plums.id()), LocalDate.of(2026, 12, 6));
        assertThat(after).as("over: in no festival").isEmpty();
    }

    private void today(int year, int month, int day) {
        clock.set(LocalDate.of(year, month, day).atTime(4, 0).toInstant(ZoneOffset.UTC));
    }

    private boolean queued(long productId) {
        return transactions.executeRead(status ->
                jdbc.prepareStatement("SELECT COUNT(*) FROM search_index_queue WHERE product_id = ?", statement -> {
                    statement.setLong(1, productId);
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getInt(1) > 0;
                    }
                }));
    }

    private long lastCatalogEvent() {
        return transactions.executeRead(
                status -> jdbc.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM catalog_outbox", statement -> {
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                }));
    }

    /** Waits (at most 30 s) until the catalog's events written after {@code after} were handed on. */
    private void awaitRelayed(long after) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (transactions.executeRead(status -> jdbc.prepareStatement(
                        "SELECT COUNT(*) FROM catalog_outbox WHERE id > ? AND published_at IS NULL", statement -> {
                            statement.setLong(1, after);
                            try (var rows = statement.executeQuery()) {
                                rows.next();
                                return rows.getInt(1);
                            }
                        }))
                > 0) {
            assertThat(System.nanoTime()).as("the catalog's events relayed").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void clearQueue(long productId) {
        transactions.executeWrite(
                status -> jdbc.prepareStatement("DELETE FROM search_index_queue WHERE product_id = ?", statement -> {
                    statement.setLong(1, productId);
                    return statement.executeUpdate();
                }));
    }
}
