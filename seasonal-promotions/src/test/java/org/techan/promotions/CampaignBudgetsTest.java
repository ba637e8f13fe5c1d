package org.techan.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.Funder;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderLineView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PlaceOrderCommand;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.testsupport.MovableClock;

/**
 * Budgets and caps hold under load: 200 buyers checking out at once never get a yuan of discount
 * or a unit at the campaign price beyond what the campaign allows, and a cancelled order gives
 * back what it took.
 */
@MicronautTest(transactional = false)
@Property(name = "spec.clock", value = "movable")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignBudgetsTest {

    private static final Actor OPERATOR = TestMarketplace.OPERATOR;
    private static final String VILLAGE = "350125102201";
    private static final String FESTIVAL = "budgets-test-festival";
    private static final DeliveryAddress HOME = new DeliveryAddress("王芳", "13800138000", "310101", "南京东路 100 号");
    private static final int BUYERS = 200;

    @Inject
    PromotionsApi promotions;

    @Inject
    OrdersApi orders;

    @Inject
    TestMarketplace market;

    @Inject
    MovableClock clock;

    private TestMarketplace.Shop shop;

    @BeforeAll
    void marketplace() {
        clock.set(LocalDate.of(2026, 12, 26).atTime(4, 0).toInstant(ZoneOffset.UTC));
        market.regions(VILLAGE, "福建省/Fujian", "福州市/Fuzhou", "永泰县/Yongtai", "嵩口镇/Songkou", "月洲村");
        shop = market.aShop("budgets-shop").named("预算合作社").inVillage(VILLAGE).open();
        promotions.createFestival(
                OPERATOR,
                new CreateFestivalCommand(
                        FESTIVAL, "预算测试节", null, null, null, FestivalDateRule.fixed(12, 25), 3, 3, null));
    }

    @Test
    void twoHundredBuyersAtOnceNeverSpendMoreThanTheBudget() throws Exception {
        long sku = market.aProduct(shop, "预算李干")
                .priced("60.00")
                .withBatch(1000)
                .create()
                .skuId();
        long campaign = live(new BigDecimal("1000.00"), sku, "50.00", null);
        List<Actor> buyers = buyers();

        List<OrderGroupView> placed = concurrently(buyers, sku);

        List<OrderLineView> discounted = placed.stream()
                .map(group -> group.orders().get(0).lines().get(0))
                .filter(line -> line.unitPrice().compareTo(new BigDecimal("50.00")) == 0)
                .toList();
        assertThat(discounted).as("¥10 off each, ¥1,000 in all").hasSize(100);
        assertThat(promotions.campaign(campaign).spent()).isEqualByComparingTo("1000.00");
        assertThat(placed)
                .as("the others paid the list price or were told the campaign ran out")
                .allSatisfy(
                        group -> assertThat(group.orders().get(0).lines().get(0).unitPrice())
                                .isIn(new BigDecimal("50.00"), new BigDecimal("60.00")));

        OrderGroupView cancelled = placed.stream()
                .filter(group ->
                        group.orders().get(0).lines().get(0).unitPrice().compareTo(new BigDecimal("50.00")) == 0)
                .findFirst()
                .orElseThrow();
        Actor buyer = buyers.get(placed.indexOf(cancelled));
        orders.cancelCheckout(buyer, cancelled.number());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(promotions.campaign(campaign).spent()).isEqualByComparingTo("990.00"));
        assertThat(promotions.campaignReport(OPERATOR, campaign))
                .as("the cancelled order left out")
                .singleElement()
                .satisfies(day -> {
                    assertThat(day.day()).isEqualTo(LocalDate.of(2026, 12, 26));
                    assertThat(day.funder()).isEqualTo(Funder.PLATFORM);
                    assertThat(day.orders()).isEqualTo(99);
                    assertThat(day.units()).isEqualTo(99);
                    assertThat(day.gmv()).isEqualByComparingTo("4950.00");
                    assertThat(day.discount()).isEqualByComparingTo("990.00");
                });
        assertThat(price(sku)).as("¥10 left for one more").isEqualByComparingTo("50.00");
        assertThat(price(sku)).as("spent").isEqualByComparingTo("60.00");
    }

    @Test
    void twoHundredBuyersAtOnceNeverBuyMoreThanTheCapAtTheCampaignPrice() throws Exception {
        long sku = market.aProduct(shop, "限量笋干")
                .priced("40.00")
                .withBatch(1000)
                .create()
                .skuId();
        long campaign = live(null, sku, "29.90", 30);

        List<OrderGroupView> placed = concurrently(buyers(), sku);

        long atCampaignPrice = placed.stream()
                .filter(group ->
                        group.orders().get(0).lines().get(0).unitPrice().compareTo(new BigDecimal("29.90")) == 0)
                .count();
        assertThat(atCampaignPrice).isEqualTo(30);
        assertThat(promotions.enrolments(OPERATOR, campaign))
                .singleElement()
                .extracting(EnrolmentView::soldUnits)
                .isEqualTo(30);
        assertThat(promotions.campaign(campaign).spent()).as("30 × 10.10").isEqualByComparingTo("303.00");
    }

    private List<Actor> buyers() {
        List<Actor> buyers = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            buyers.add(market.aConsumer());
        }
        return buyers;
    }

    /** Every buyer checks out one unit at once; the groups placed, in the buyers' order (null where refused). */
    private List<OrderGroupView> concurrently(List<Actor> buyers, long sku) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<OrderGroupView>> futures = new ArrayList<>();
            for (Actor buyer : buyers) {
                Callable<OrderGroupView> checkout = () -> {
                    try {
                        return orders.checkout(
                                buyer,
                                new PlaceOrderCommand(
                                        "budget-" + sku + "-" + buyer.accountId(),
                                        List.of(new CartLine(sku, 1)),
                                        HOME));
                    } catch (ConflictException ranOut) {
                        assertThat(ranOut.getMessage()).contains("checkout.promotion.ran-out");
                        return null;
                    }
                };
                futures.add(pool.submit(checkout));
            }
            List<OrderGroupView> placed = new ArrayList<>();
            for (Future<OrderGroupView> future : futures) {
                placed.add(future.get());
            }
            return placed.stream().filter(java.util.Objects::nonNull).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private BigDecimal price(long sku) {
        return orders.checkout(
                        market.aConsumer(), new PlaceOrderCommand("one-more", List.of(new CartLine(sku, 1)), HOME))
                .orders()
                .get(0)
                .lines()
                .get(0)
                .unitPrice();
    }

    private long live(BigDecimal budget, long sku, String price, Integer cap) {
        CampaignView campaign = promotions.createCampaign(
                OPERATOR,
                new CreateCampaignCommand(
                        FESTIVAL,
                        "限量特惠",
                        null,
                        null,
                        null,
                        List.of(shop.slug()),
                        Funder.PLATFORM,
                        CampaignRule.priceCut(),
                        budget,
                        null));
        promotions.moveCampaign(OPERATOR, campaign.id(), CampaignState.ENROLMENT, null);
        EnrolmentView enrolled =
                promotions.enrol(shop.staff(), campaign.id(), new EnrolCommand(sku, new BigDecimal(price), cap));
        promotions.reviewEnrolment(OPERATOR, enrolled.id(), true, null);
        for (CampaignState state : List.of(CampaignState.REVIEW, CampaignState.WARM_UP, CampaignState.LIVE)) {
            promotions.moveCampaign(OPERATOR, campaign.id(), state, null);
        }
        return campaign.id();
    }
}
