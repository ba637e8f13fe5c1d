package org.techan.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.techan.orders.OrdersApi;
import org.techan.orders.PlaceOrderCommand;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.testsupport.MovableClock;

/**
 * Coupons from issue to use: who may issue them, claiming within the limits (also a double click),
 * the best ones chosen automatically at checkout or the buyer's own choice, a coupon used once,
 * its budget, and a cancelled order putting it back in the wallet.
 */
@MicronautTest(transactional = false)
@Property(name = "spec.clock", value = "movable")
@Property(name = "techan.promotions.live-prices-ttl", value = "0s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouponsTest {

    private static final Actor OPERATOR = TestMarketplace.OPERATOR;
    private static final String VILLAGE = "350125102201";
    private static final DeliveryAddress HOME = new DeliveryAddress("王芳", "13800138000", "310101", "南京东路 100 号");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 28);

    @Inject
    PromotionsApi promotions;

    @Inject
    OrdersApi orders;

    @Inject
    TestMarketplace market;

    @Inject
    MovableClock clock;

    private TestMarketplace.Shop shop;
    private TestMarketplace.Shop otherShop;
    private long plums;
    private long tea;
    private long bamboo;

    @BeforeAll
    void marketplace() {
        clock.set(TODAY.atTime(4, 0).toInstant(ZoneOffset.UTC));
        market.regions(VILLAGE, "福建省/Fujian", "福州市/Fuzhou", "永泰县/Yongtai", "嵩口镇/Songkou", "月洲村");
        shop = market.aShop("coupons-shop").named("领券合作社").inVillage(VILLAGE).open();
        otherShop = market.aShop("coupons-other-shop")
                .named("另一合作社")
                .inVillage(VILLAGE)
                .open();
        plums = market.aProduct(shop, "领券李干")
                .priced("25.00")
                .withBatch(900)
                .create()
                .skuId();
        tea = market.aProduct(shop, "领券绿茶")
                .priced("99.99")
                .withBatch(900)
                .create()
                .skuId();
        bamboo = market.aProduct(otherShop, "领券笋干")
                .priced("40.00")
                .withBatch(900)
                .create()
                .skuId();
    }

    @Test
    void onlyOperatorsAndShopsIssueCouponsAndNonsenseIsRefused() {
        assertThatThrownBy(() -> promotions.issueCoupon(market.aConsumer(), fixed("15", "100", 10)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(promotions.issueCoupon(shop.staff(), fixed("15", "100", 10))).satisfies(coupon -> {
            assertThat(coupon.shopSlug()).isEqualTo(shop.slug());
            assertThat(coupon.funder()).isEqualTo(Funder.SHOP);
        });
        assertThat(promotions.issueCoupon(OPERATOR, fixed("15", "100", 10)).shopSlug())
                .isNull();
        assertThatThrownBy(() -> promotions.issueCoupon(OPERATOR, fixed("100", "100", 10)))
                .as("an amount not below its threshold")
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> promotions.issueCoupon(
                        OPERATOR,
                        new CreateCouponCommand(
                                "两种有效期",
                                null,
                                CouponKind.FIXED,
                                BigDecimal.TEN,
                                null,
                                null,
                                null,
                                TODAY,
                                TODAY,
                                TODAY,
                                TODAY,
                                7,
                                1,
                                10,
                                null,
                                null,
                                null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> promotions.issueCoupon(shop.staff(), withFunder(Funder.PLATFORM)))
                .as("a shop's coupon is the shop's")
                .isInstanceOf(RuleViolationException.class);
        promotions.issueCoupon(OPERATOR, coded("NEWYEAR2027"));
        assertThatThrownBy(() -> promotions.issueCoupon(OPERATOR, coded("newyear2027")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void buyersClaimWithinTheirLimitAndTheQuantityAlsoByCodeAndByDoubleClick() throws Exception {
        CouponView two = promotions.issueCoupon(OPERATOR, fixed("5", "50", 2));
        Actor first = market.aConsumer();
        promotions.claimCoupon(first, two.id());
        assertThatThrownBy(() -> promotions.claimCoupon(first, two.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("coupon.claimed-enough");
        promotions.claimCoupon(market.aConsumer(), two.id());
        assertThatThrownBy(() -> promotions.claimCoupon(market.aConsumer(), two.id()))
                .hasMessageContaining("coupon.claimed-out");
        assertThat(promotions.claimableCoupons(null)).extracting(CouponView::id).doesNotContain(two.id());
        assertThatThrownBy(() -> promotions.claimCoupon(shop.staff(), two.id()))
                .isInstanceOf(NotAllowedException.class);

        CouponView coded = promotions.issueCoupon(OPERATOR, coded("SPRING2027"));
        assertThat(promotions
                        .claimCouponByCode(market.aConsumer(), " spring2027 ")
                        .coupon()
                        .id())
                .isEqualTo(coded.id());
        assertThatThrownBy(() -> promotions.claimCouponByCode(market.aConsumer(), "NOSUCHCODE"))
                .isInstanceOf(NotFoundException.class);

        CouponView once = promotions.issueCoupon(OPERATOR, fixed("5", "50", 100));
        Actor clicker = market.aConsumer();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> clicks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clicks.add(pool.submit(() -> {
                try {
                    promotions.claimCoupon(clicker, once.id());
                    return true;
                } catch (ConflictException enough) {
                    return false;
                }
            }));
        }
        int claimed = 0;
        for (Future<Boolean> click : clicks) {
            claimed += click.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(claimed).isEqualTo(1);
        assertThat(promotions.wallet(clicker)).hasSize(1);
        assertThat(promotions.claimableCoupons(null).stream()
                        .filter(c -> c.id() == once.id())
                        .findFirst()
                        .orElseThrow()
                        .claimed())
                .isEqualTo(1);
    }

    @Test
    void checkoutTakesTheBestCouponsUnlessTheBuyerChoosesAndUsesEachOnce() {
        Actor buyer = market.aConsumer();
        CouponView shopCoupon = promotions.issueCoupon(shop.staff(), fixed("15", "100", 100));
        CouponView smaller = promotions.issueCoupon(shop.staff(), fixed("5", "50", 100));
        CouponView platform = promotions.issueCoupon(
                OPERATOR,
                new CreateCouponCommand(
                        "平台九折券",
                        null,
                        CouponKind.PERCENT,
                        null,
                        90,
                        new BigDecimal("20"),
                        null,
                        TODAY,
                        TODAY.plusDays(5),
                        null,
                        null,
                        7,
                        1,
                        100,
                        null,
                        null,
                        null));
        promotions.claimCoupon(buyer, shopCoupon.id());
        promotions.claimCoupon(buyer, smaller.id());
        promotions.claimCoupon(buyer, platform.id());

        OrderGroupView none = orders.checkout(buyer, command("none", List.of(new CartLine(plums, 4)), List.of()));
        assertThat(none.goodsTotal()).as("the buyer chose none").isEqualByComparingTo("100.00");
        orders.cancelCheckout(buyer, none.number());

        OrderGroupView best =
                orders.checkout(buyer, command("best", List.of(new CartLine(plums, 4), new CartLine(bamboo, 1)), null));
        assertThat(best.goodsTotal())
                .as("100 − 15 at the shop, then 10% of 85 + 40 = 12.50 for the platform")
                .isEqualByComparingTo("112.50");
        assertThat(promotions.wallet(buyer).stream().filter(ClaimedCouponView::used))
                .extracting(c -> c.coupon().id())
                .containsExactlyInAnyOrder(shopCoupon.id(), platform.id());

        OrderGroupView after = orders.checkout(buyer, command("after", List.of(new CartLine(plums, 4)), null));
        assertThat(after.goodsTotal()).as("only the ¥5 coupon is left").isEqualByComparingTo("95.00");

        orders.cancelCheckout(buyer, best.number());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(promotions.wallet(buyer).stream()
                        .filter(ClaimedCouponView::used)
                        .map(c -> c.coupon().id()))
                .containsExactly(smaller.id()));
        assertThat(promotions.issuedCoupons(OPERATOR).stream()
                        .filter(c -> c.id() == platform.id())
                        .findFirst()
                        .orElseThrow()
                        .spent())
                .as("given back")
                .isEqualByComparingTo("0");
    }

    @Test
    void aThresholdCountsToTheCentAndABudgetStopsTheCouponWhenSpent() {
        CouponView coupon = promotions.issueCoupon(
                shop.staff(),
                new CreateCouponCommand(
                        "满100减15限额",
                        null,
                        CouponKind.FIXED,
                        new BigDecimal("15"),
                        null,
                        null,
                        new BigDecimal("100"),
                        TODAY,
                        TODAY,
                        null,
                        null,
                        3,
                        1,
                        100,
                        new BigDecimal("20"),
                        null,
                        null));
        Actor below = market.aConsumer();
        promotions.claimCoupon(below, coupon.id());
        assertThat(orders.checkout(below, command("below", List.of(new CartLine(tea, 1)), null))
                        .goodsTotal())
                .as("99.99 is below 100")
                .isEqualByComparingTo("99.99");

        Actor first = market.aConsumer();
        Actor second = market.aConsumer();
        promotions.claimCoupon(first, coupon.id());
        promotions.claimCoupon(second, coupon.id());
        assertThat(orders.checkout(first, command("first", List.of(new CartLine(plums, 4)), null))
                        .goodsTotal())
                .isEqualByComparingTo("85.00");
        assertThat(orders.checkout(second, command("second", List.of(new CartLine(plums, 4)), null))
                        .goodsTotal())
                .as("¥5 of the ¥20 budget is left")
                .isEqualByComparingTo("100.00");
    }

    private static PlaceOrderCommand command(String key, List<CartLine> lines, List<String> coupons) {
        return new PlaceOrderCommand(key, lines, HOME, null, null, null, coupons);
    }

    private static CreateCouponCommand fixed(String off, String threshold, int quantity) {
        return new CreateCouponCommand(
                "满" + threshold + "减" + off,
                null,
                CouponKind.FIXED,
                new BigDecimal(off),
                null,
                null,
                new BigDecimal(threshold),
                TODAY,
                TODAY.plusDays(5),
                null,
                null,
                7,
                1,
                quantity,
                null,
                null,
                null);
    }

    private static CreateCouponCommand coded(String code) {
        return new CreateCouponCommand(
                "口令券",
                null,
                CouponKind.FIXED,
                BigDecimal.ONE,
                null,
                null,
                null,
                TODAY,
                TODAY,
                TODAY,
                TODAY.plusDays(3),
                null,
                1,
                10,
                null,
                code,
                null);
    }

    private static CreateCouponCommand withFunder(Funder funder) {
        return new CreateCouponCommand(
                "出资方",
                null,
                CouponKind.FIXED,
                BigDecimal.ONE,
                null,
                null,
                null,
                TODAY,
                TODAY,
                null,
                null,
                1,
                1,
                10,
                null,
                null,
                funder);
    }
}
