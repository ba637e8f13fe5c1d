package org.techan.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.Funder;
import org.techan.platform.RuleViolationException;

/**
 * A campaign planned or a coupon issued twice with the same request key, one after the other or
 * ten at once (a double click, a client's retry), is made once and every request gets it back.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepeatedRequestsTest {

    private static final int AT_ONCE = 10;

    @Inject
    PromotionsApi promotions;

    private final String festival = "repeated-" + Long.toString(System.currentTimeMillis(), 36);

    @BeforeAll
    void festival() {
        promotions.createFestival(
                TestMarketplace.OPERATOR,
                new CreateFestivalCommand(
                        festival, "重复请求节", null, null, null, FestivalDateRule.fixed(11, 11), 3, 5, null));
    }

    @Test
    void aCampaignPlannedAgainWithItsKeyIsPlannedOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        List<Long> ids = atOnce(() -> promotions
                .createCampaign(TestMarketplace.OPERATOR, campaign(key))
                .id());

        assertThat(Set.copyOf(ids)).as("one campaign for every request").hasSize(1);
        assertThat(promotions
                        .createCampaign(TestMarketplace.OPERATOR, campaign(key))
                        .id())
                .as("and again later")
                .isEqualTo(ids.get(0));
        assertThat(promotions.campaignsOf(festival))
                .extracting(CampaignView::id)
                .containsOnlyOnce(ids.get(0));
        assertThat(promotions
                        .createCampaign(
                                TestMarketplace.OPERATOR,
                                campaign(UUID.randomUUID().toString()))
                        .id())
                .as("another key, another campaign")
                .isNotEqualTo(ids.get(0));
        assertThatThrownBy(() -> promotions.createCampaign(TestMarketplace.OPERATOR, campaign("short")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("request.key.invalid");
    }

    @Test
    void aCouponIssuedAgainWithItsKeyIsIssuedOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        List<Long> ids = atOnce(() ->
                promotions.issueCoupon(TestMarketplace.OPERATOR, coupon(key)).id());

        assertThat(Set.copyOf(ids)).hasSize(1);
        assertThat(promotions.issuedCoupons(TestMarketplace.OPERATOR))
                .filteredOn(c -> c.id() == ids.get(0))
                .hasSize(1);
        assertThat(promotions.issueCoupon(TestMarketplace.OPERATOR, coupon(key)).id())
                .isEqualTo(ids.get(0));
    }

    private CreateCampaignCommand campaign(String key) {
        return new CreateCampaignCommand(
                festival,
                "双击也只建一次",
                null,
                null,
                null,
                null,
                Funder.SHOP,
                CampaignRule.priceCut(),
                null,
                null,
                key,
                null);
    }

    private static CreateCouponCommand coupon(String key) {
        LocalDate today = LocalDate.now();
        return new CreateCouponCommand(
                "双击也只发一次",
                null,
                CouponKind.FIXED,
                new BigDecimal("3"),
                null,
                null,
                new BigDecimal("30"),
                today,
                today.plusDays(5),
                null,
                null,
                7,
                1,
                10,
                null,
                null,
                Funder.PLATFORM,
                key);
    }

    /** Runs the same request {@link #AT_ONCE} times, released together; every answer, in order. */
    private static <T> List<T> atOnce(Callable<T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
