package org.techan.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.CartHolder;
import org.techan.orders.CartLineView;
import org.techan.orders.CartShopView;
import org.techan.orders.CartView;
import org.techan.orders.Funder;
import org.techan.orders.OrdersApi;
import org.techan.orders.PriceAdjustment;
import org.techan.orders.PriceHint;
import org.techan.orders.PricingStage;
import org.techan.orders.ShippingKind;
import org.techan.orders.ShippingRule;
import org.techan.platform.Actor;
import org.techan.platform.RuleViolationException;
import org.techan.testsupport.MovableClock;

/**
 * The stacking table: every rule type alone and together, at its thresholds' boundaries, across
 * two shops and with exclusions, as the cart prices it (the cart and checkout share one pipeline).
 */
@MicronautTest(transactional = false)
@Property(name = "spec.clock", value = "movable")
@Property(name = "techan.promotions.live-prices-ttl", value = "0s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignRulesTest {

    private static final Actor OPERATOR = TestMarketplace.OPERATOR;
    private static final String VILLAGE = "350125102201";
    private static final String FESTIVAL = "rules-test-festival";

    @Inject
    PromotionsApi promotions;

    @Inject
    OrdersApi orders;

    @Inject
    TestMarketplace market;

    @Inject
    MovableClock clock;

    private TestMarketplace.Shop shopA;
    private TestMarketplace.Shop shopB;
    /** Shop A: ¥60, ¥50, ¥33. Shop B: ¥80. */
    private long a60;

    private long a50;
    private long a33;
    private long b80;
    private final List<Long> running = new ArrayList<>();

    @BeforeAll
    void marketplace() {
        today();
        market.regions(VILLAGE, "福建省/Fujian", "福州市/Fuzhou", "永泰县/Yongtai", "嵩口镇/Songkou", "月洲村");
        shopA = market.aShop("rules-shop-a").named("规则甲合作社").inVillage(VILLAGE).open();
        shopB = market.aShop("rules-shop-b").named("规则乙合作社").inVillage(VILLAGE).open();
        a60 = market.aProduct(shopA, "规则李干")
                .priced("60.00")
                .withBatch(500)
                .create()
                .skuId();
        a50 = market.aProduct(shopA, "规则笋干")
                .priced("50.00")
                .withBatch(500)
                .create()
                .skuId();
        a33 = market.aProduct(shopA, "规则青梅")
                .priced("33.00")
                .withBatch(500)
                .create()
                .skuId();
        b80 = market.aProduct(shopB, "规则绿茶")
                .priced("80.00")
                .withBatch(500)
                .create()
                .skuId();
        // ¥10 a delivery with no free threshold of the shops' own, so 包邮 is the campaign's.
        ShippingRule flat = new ShippingRule(ShippingKind.FLAT, new BigDecimal("10.00"), null, null);
        orders.setShippingRule(shopA.staff(), flat);
        orders.setShippingRule(shopB.staff(), flat);
        promotions.createFestival(
                OPERATOR,
                new CreateFestivalCommand(
                        FESTIVAL, "规则测试节", null, null, null, FestivalDateRule.fixed(12, 20), 5, 3, null));
    }

    @AfterEach
    void stopCampaigns() {
        running.forEach(id -> promotions.moveCampaign(OPERATOR, id, CampaignState.STOPPED, "测试结束"));
        running.clear();
    }

    @Test
    void aPriceCutAlone() {
        live(CampaignRule.priceCut(), Map.of(a60, "45.00"));

        CartView cart = cart(Map.of(a60, 2));

        assertThat(line(cart, a60).unitPrice()).isEqualByComparingTo("45.00");
        assertThat(line(cart, a60).lineTotal()).isEqualByComparingTo("90.00");
        assertThat(line(cart, a60).discounts()).singleElement().satisfies(d -> {
            assertThat(d.stage()).isEqualTo(PricingStage.ITEM_PRICE);
            assertThat(d.amount()).isEqualByComparingTo("30.00");
            assertThat(d.terms().label()).endsWith("直降");
        });
    }

    @Test
    void aPercentageOffAloneRoundsEachUnitToTheCent() {
        live(CampaignRule.percentOff(85), List.of(a33));

        assertThat(line(cart(Map.of(a33, 3)), a33).unitPrice())
                .as("33 × 0.85 = 28.05")
                .isEqualByComparingTo("28.05");
    }

    @Test
    void ofAPriceCutAndAPercentageOnOneSkuTheLowerPriceWins() {
        live(CampaignRule.priceCut(), Map.of(a60, "45.00"));
        live(CampaignRule.percentOff(80), List.of(a60));

        CartLineView line = line(cart(Map.of(a60, 1)), a60);

        assertThat(line.unitPrice()).isEqualByComparingTo("45.00");
        assertThat(line.discounts()).hasSize(1);
    }

    @Test
    void aLadderTakesItsHighestTierReachedAndNothingBelowItsFirst() {
        live(ladder(false, "99:10", "199:30"), List.of(a60, a50, a33));

        assertThat(shopDiscount(cart(Map.of(a33, 3)), a33)).as("exactly 99").isEqualByComparingTo("10.00");
        assertThat(shopDiscount(cart(Map.of(a33, 2)), a33)).as("66").isEqualByComparingTo("0");
        CartView twoTiers = cart(Map.of(a60, 2, a50, 2));
        assertThat(shopDiscount(twoTiers, a60).add(shopDiscount(twoTiers, a50)))
                .as("220 reaches 199")
                .isEqualByComparingTo("30.00");
        assertThat(shopDiscount(twoTiers, a60)).as("30 shared 120:100").isEqualByComparingTo("16.36");
        assertThat(shopDiscount(twoTiers, a50)).isEqualByComparingTo("13.64");
        assertThat(shop(twoTiers, shopA).goodsTotal()).isEqualByComparingTo("190.00");
    }

    @Test
    void everyFullThresholdTakesItsAmountAgain() {
        live(ladder(true, "100:10"), List.of(a60, a50));

        CartView cart = cart(Map.of(a60, 2, a50, 2));

        assertThat(shop(cart, shopA).goodsTotal())
                .as("220 holds two full hundreds")
                .isEqualByComparingTo("200.00");
    }

    @Test
    void piecesOffUnlockAtTheirCount() {
        live(CampaignRule.piecesPercentOff(3, 80, false), List.of(a33));

        assertThat(shopDiscount(cart(Map.of(a33, 3)), a33)).as("20% of 99").isEqualByComparingTo("19.80");
        assertThat(shopDiscount(cart(Map.of(a33, 2)), a33)).isEqualByComparingTo("0");
    }

    @Test
    void thresholdsCountTheCampaignPriceNotTheListPrice() {
        live(CampaignRule.priceCut(), Map.of(a60, "45.00"));
        live(ladder(false, "99:10"), List.of(a60));

        CartView cart = cart(Map.of(a60, 2));

        assertThat(line(cart, a60).lineTotal())
                .as("90 at the campaign price: no 满减")
                .isEqualByComparingTo("90.00");
        assertThat(line(cart(Map.of(a60, 3)), a60).lineTotal()).as("135 − 10").isEqualByComparingTo("125.00");
    }

    @Test
    void aShopLadderCountsEachShopApartAndAnAcrossShopsLadderCountsThemTogether() {
        live(ladder(false, "99:10"), List.of(a60, b80));
        CartView perShop = cart(Map.of(a60, 2, b80, 1));
        assertThat(shopDiscount(perShop, a60)).as("shop A 120").isEqualByComparingTo("10.00");
        assertThat(shopDiscount(perShop, b80)).as("shop B 80").isEqualByComparingTo("0");
        stopCampaigns();

        live(CampaignRule.amountOff(List.of(tier("199:30")), false, true), List.of(a60, b80));
        CartView across = cart(Map.of(a60, 2, b80, 1));
        assertThat(line(across, a60).discounts())
                .singleElement()
                .extracting(PriceAdjustment::stage)
                .isEqualTo(PricingStage.PLATFORM_THRESHOLD);
        assertThat(shopDiscount(across, a60)).as("30 shared 120:80").isEqualByComparingTo("18.00");
        assertThat(shopDiscount(across, b80)).isEqualByComparingTo("12.00");
    }

    @Test
    void anAcrossShopsLadderCountsWhatIsLeftAfterTheShopsOwn() {
        live(ladder(false, "99:10"), List.of(a60, b80));
        live(CampaignRule.amountOff(List.of(tier("199:30")), false, true), List.of(a60, b80));

        CartView cart = cart(Map.of(a60, 2, b80, 1));

        assertThat(cart.goodsTotal()).as("120 − 10 + 80 = 190 < 199").isEqualByComparingTo("190.00");
        assertThat(cart(Map.of(a60, 2, b80, 2)).goodsTotal())
                .as("110 + 150 = 260 − 30")
                .isEqualByComparingTo("230.00");
    }

    @Test
    void aCampaignThatExcludesThresholdsKeepsItsLinesOutOfThem() {
        live(CampaignRule.priceCut(), Map.of(a60, "45.00"), Set.of(PricingStage.SHOP_THRESHOLD));
        live(ladder(false, "99:10"), List.of(a60, a50));

        CartView cart = cart(Map.of(a60, 3, a50, 1));

        assertThat(shopDiscount(cart, a60)).isEqualByComparingTo("0");
        assertThat(shopDiscount(cart, a50)).as("50 alone is below 99").isEqualByComparingTo("0");
        assertThat(shopDiscount(cart(Map.of(a60, 3, a50, 2)), a50))
                .as("100 of its own")
                .isEqualByComparingTo("10.00");
    }

    @Test
    void freeDeliveryFromAnAmountOfTheShopsEnrolledLines() {
        live(CampaignRule.freeDelivery(new BigDecimal("99.00")), List.of(a33));

        assertThat(shop(cart(Map.of(a33, 3)), shopA).shipping()).as("99").isEqualByComparingTo("0");
        assertThat(shop(cart(Map.of(a33, 2)), shopA).shipping()).as("66").isEqualByComparingTo("10.00");
        assertThat(shop(cart(Map.of(a33, 2, a60, 1)), shopA).shipping())
                .as("a60 is not enrolled")
                .isEqualByComparingTo("10.00");
        assertThat(shop(cart(Map.of(a33, 3, b80, 1)), shopB).shipping())
                .as("shop B has nothing enrolled")
                .isEqualByComparingTo("10.00");

        org.techan.platform.Actor buyer = market.aConsumer();
        String group = orders.checkout(
                        buyer,
                        new org.techan.orders.PlaceOrderCommand(
                                "free-delivery-" + a33,
                                List.of(new org.techan.orders.CartLine(a33, 3)),
                                new org.techan.orders.DeliveryAddress("王芳", "13800138000", "310101", "南京东路 100 号")))
                .number();
        org.techan.orders.OrderView placed =
                orders.orderGroup(buyer, group).orders().get(0);
        assertThat(placed.shipping()).isEqualByComparingTo("0");
        assertThat(placed.deliveryDiscount())
                .as("the order keeps what the delivery discount took off, read back with the order")
                .satisfies(discount -> {
                    assertThat(discount.amount()).isEqualByComparingTo("10.00");
                    assertThat(discount.stage()).isEqualTo(PricingStage.DELIVERY);
                    assertThat(discount.terms().label()).endsWith("满99包邮");
                });
    }

    @Test
    void theCartSaysWhatIsMissingForTheNextStepOfALadderOrThePieces() {
        live(ladder(false, "99:10", "199:30"), List.of(a60, a50));
        live(CampaignRule.piecesPercentOff(3, 80, false), List.of(a33));

        CartView cart = cart(Map.of(a60, 1, a33, 1));

        assertThat(shop(cart, shopA).hints())
                .extracting(PriceHint::label, PriceHint::missingAmount, PriceHint::missingPieces)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("规则活动 满99减10", new BigDecimal("39.00"), null),
                        org.assertj.core.groups.Tuple.tuple("规则活动 满3件8折", null, 2));
        CartView higher = cart(Map.of(a60, 2));
        assertThat(shop(higher, shopA).hints()).singleElement().satisfies(hint -> {
            assertThat(hint.label()).isEqualTo("规则活动 满199减30");
            assertThat(hint.missingAmount()).isEqualByComparingTo("79.00");
        });
        assertThat(shop(cart(Map.of(a60, 2, a50, 2)), shopA).hints())
                .as("the top step reached")
                .isEmpty();
    }

    @Test
    void rulesThatMakeNoSenseAreRefused() {
        for (CampaignRule rule : List.of(
                CampaignRule.percentOff(0),
                CampaignRule.percentOff(100),
                CampaignRule.amountOff(List.of(), false, false),
                CampaignRule.amountOff(List.of(tier("99:99")), false, false),
                CampaignRule.amountOff(List.of(tier("199:30"), tier("99:10")), false, false),
                CampaignRule.amountOff(List.of(tier("99:10"), tier("199:30")), true, false),
                CampaignRule.piecesPercentOff(1, 80, false),
                CampaignRule.freeDelivery(new BigDecimal("-1")),
                new CampaignRule(CampaignRuleKind.PERCENT_OFF, 80, null, false, null, null, true))) {
            assertThatThrownBy(() -> promotions.createCampaign(OPERATOR, command(rule, null, null)))
                    .as(rule.toString())
                    .isInstanceOf(RuleViolationException.class);
        }
        assertThatThrownBy(() -> promotions.createCampaign(
                        OPERATOR, command(ladder(false, "99:10"), null, Set.of(PricingStage.ITEM_PRICE))))
                .as("a threshold cannot exclude the stage before it")
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> promotions.createCampaign(
                        OPERATOR, command(CampaignRule.priceCut(), new BigDecimal("0.001"), null)))
                .isInstanceOf(RuleViolationException.class);
    }

    private static CampaignRule ladder(boolean every, String... tiers) {
        return CampaignRule.amountOff(
                java.util.Arrays.stream(tiers).map(CampaignRulesTest::tier).toList(), every, false);
    }

    private static CampaignRule.Tier tier(String tier) {
        String[] parts = tier.split(":");
        return new CampaignRule.Tier(new BigDecimal(parts[0]), new BigDecimal(parts[1]));
    }

    private static CreateCampaignCommand command(CampaignRule rule, BigDecimal budget, Set<PricingStage> excludes) {
        return new CreateCampaignCommand(FESTIVAL, "规则活动", null, null, null, null, Funder.SHOP, rule, budget, excludes);
    }

    private long live(CampaignRule rule, List<Long> skus) {
        Map<Long, String> unpriced = new java.util.LinkedHashMap<>();
        skus.forEach(sku -> unpriced.put(sku, null));
        return live(rule, unpriced, Set.of());
    }

    private long live(CampaignRule rule, Map<Long, String> prices) {
        return live(rule, prices, Set.of());
    }

    /** A campaign enrolled, approved and live, its SKUs at the given prices (直降) or none. */
    private long live(CampaignRule rule, Map<Long, String> prices, Set<PricingStage> excludes) {
        CampaignView campaign = promotions.createCampaign(OPERATOR, command(rule, null, excludes));
        running.add(campaign.id());
        promotions.moveCampaign(OPERATOR, campaign.id(), CampaignState.ENROLMENT, null);
        prices.forEach((sku, price) -> {
            Actor staff = sku == b80 ? shopB.staff() : shopA.staff();
            EnrolmentView enrolled = promotions.enrol(
                    staff, campaign.id(), new EnrolCommand(sku, price == null ? null : new BigDecimal(price), null));
            promotions.reviewEnrolment(OPERATOR, enrolled.id(), true, null);
        });
        for (CampaignState state : List.of(CampaignState.REVIEW, CampaignState.WARM_UP, CampaignState.LIVE)) {
            promotions.moveCampaign(OPERATOR, campaign.id(), state, null);
        }
        return campaign.id();
    }

    /** A new buyer's cart holding these units, as it is priced now. */
    private CartView cart(Map<Long, Integer> units) {
        CartHolder holder = CartHolder.of(market.aConsumer());
        units.forEach((sku, quantity) -> orders.addToCart(holder, sku, quantity));
        return orders.cart(holder);
    }

    private static CartLineView line(CartView cart, long sku) {
        return cart.shops().stream()
                .flatMap(shop -> shop.lines().stream())
                .filter(line -> line.skuId() == sku)
                .findFirst()
                .orElseThrow();
    }

    private static CartShopView shop(CartView cart, TestMarketplace.Shop shop) {
        return cart.shops().stream()
                .filter(s -> s.shopSlug().equals(shop.slug()))
                .findFirst()
                .orElseThrow();
    }

    /** What order-level discounts (thresholds) took off a line. */
    private static BigDecimal shopDiscount(CartView cart, long sku) {
        return line(cart, sku).discounts().stream()
                .filter(d -> d.stage() != PricingStage.ITEM_PRICE)
                .map(PriceAdjustment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void today() {
        clock.set(LocalDate.of(2026, 12, 21).atTime(4, 0).toInstant(ZoneOffset.UTC));
    }
}
