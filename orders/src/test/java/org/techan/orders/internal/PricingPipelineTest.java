package org.techan.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.techan.orders.DiscountTerms;
import org.techan.orders.Funder;
import org.techan.orders.PriceAdjustment;
import org.techan.orders.PriceOffer;
import org.techan.orders.PriceQuote;
import org.techan.orders.PricedLine;
import org.techan.orders.PricingContext;
import org.techan.orders.PricingRequest;
import org.techan.orders.PricingStage;
import org.techan.orders.PricingStep;
import org.techan.platform.Actor;
import org.techan.platform.Role;

class PricingPipelineTest {

    private static final Actor BUYER = new Actor(7, Role.CONSUMER);
    private static final long PLUMS = 1;
    private static final long GIFT_BOX = 2;
    private static final long TEA = 3;

    /** 永泰李干 2 × 38.00 and a gift box 128.00 from one shop, green tea 29.00 from another. */
    private static final PricingRequest CHECKOUT = new PricingRequest(
            BUYER,
            List.of(
                    new PricingRequest.Item(PLUMS, 10, "ligan", new BigDecimal("38.00"), 2),
                    new PricingRequest.Item(GIFT_BOX, 11, "ligan", new BigDecimal("128.00"), 1),
                    new PricingRequest.Item(TEA, 12, "tea", new BigDecimal("29.00"), 1)),
            Set.of("NEWYEAR10"));

    /** 10.00 delivery below 99.00 of goods, free above. */
    private static final BiFunction<String, BigDecimal, BigDecimal> SHIPPING = (shop, goods) ->
            goods.compareTo(new BigDecimal("99.00")) >= 0 ? new BigDecimal("0.00") : new BigDecimal("10.00");

    @Test
    void withoutStepsEveryLineCostsItsListPrice() {
        PriceQuote quote = new PricingPipeline(List.of()).quote(CHECKOUT, SHIPPING);

        assertThat(quote.lines().get(PLUMS)).satisfies(line -> {
            assertThat(line.unitPrice()).isEqualByComparingTo("38.00");
            assertThat(line.total()).isEqualByComparingTo("76.00");
            assertThat(line.discount()).isEqualByComparingTo("0.00");
            assertThat(line.adjustments()).isEmpty();
        });
        assertThat(quote.goods(List.of(PLUMS, GIFT_BOX))).isEqualByComparingTo("204.00");
        assertThat(quote.deliveries().get("ligan").net()).isEqualByComparingTo("0.00");
        assertThat(quote.deliveries().get("tea").net()).isEqualByComparingTo("10.00");
    }

    @Test
    void theFirstBaseStepsPriceWinsAndTheLowestItemPriceEachLine() {
        PricingStep wholesale =
                step(PricingStage.BASE_PRICE, 1, context -> List.of(price(PLUMS, "30.00", "price-list:1")));
        PricingStep later = step(PricingStage.BASE_PRICE, 2, context -> List.of(price(PLUMS, "20.00", "price-list:2")));
        PricingStep flashSale = step(
                PricingStage.ITEM_PRICE,
                0,
                context -> List.of(
                        price(PLUMS, "25.00", "campaign:1"),
                        price(TEA, "35.00", "campaign:1"),
                        price(TEA, "26.00", "campaign:1")));
        PricingStep memberPrice = step(PricingStage.ITEM_PRICE, 0, context -> List.of(price(PLUMS, "27.00", "member")));

        PriceQuote quote =
                new PricingPipeline(List.of(later, memberPrice, wholesale, flashSale)).quote(CHECKOUT, SHIPPING);

        PricedLine plums = quote.lines().get(PLUMS);
        assertThat(plums.listPrice()).isEqualByComparingTo("38.00");
        assertThat(plums.basePrice()).isEqualByComparingTo("30.00");
        assertThat(plums.unitPrice()).isEqualByComparingTo("25.00");
        assertThat(plums.total()).isEqualByComparingTo("50.00");
        assertThat(plums.adjustments()).singleElement().satisfies(adjustment -> {
            assertThat(adjustment.stage()).isEqualTo(PricingStage.ITEM_PRICE);
            assertThat(adjustment.amount()).isEqualByComparingTo("10.00");
            assertThat(adjustment.terms().source()).isEqualTo("campaign:1");
        });
        // 35.00 is above the list price: no discount, so not taken.
        assertThat(quote.lines().get(TEA).unitPrice()).isEqualByComparingTo("26.00");
    }

    @Test
    void aBasePriceThatExcludesLaterStagesKeepsItsLineOutOfThem() {
        PricingStep wholesale = wholesalePlums();
        PricingStep flashSale = step(PricingStage.ITEM_PRICE, 0, context -> context.lines().stream()
                .map(line -> price(line.item().skuId(), "20.00", "campaign:1"))
                .toList());
        PricingStep ladder = step(
                PricingStage.SHOP_THRESHOLD,
                0,
                context -> context.linesOf("ligan").isEmpty()
                        ? List.of()
                        : List.of(off("ligan", ids(context.linesOf("ligan")), "5.00", "满减")));

        PriceQuote quote = new PricingPipeline(List.of(wholesale, flashSale, ladder)).quote(CHECKOUT, SHIPPING);

        PricedLine plums = quote.lines().get(PLUMS);
        assertThat(plums.basePrice()).isEqualByComparingTo("30.00");
        assertThat(plums.unitPrice())
                .as("no campaign price on a wholesale price")
                .isEqualByComparingTo("30.00");
        assertThat(plums.adjustments()).as("nor a share of the shop's 满减").isEmpty();
        assertThat(quote.lines().get(TEA).unitPrice())
                .as("other lines take both")
                .isEqualByComparingTo("20.00");
    }

    @Test
    void aStepForBusinessBuyersSeesTheLinesAWholesalePriceClosedAndMarksThem() {
        PricingStep wholesale = wholesalePlums();
        List<PricingContext> seenByConsumerStep = new ArrayList<>();
        PricingStep consumerSale = step(PricingStage.ITEM_PRICE, 0, context -> {
            seenByConsumerStep.add(context);
            return context.lines().stream()
                    .map(line -> price(line.item().skuId(), "20.00", "campaign:1"))
                    .toList();
        });
        // A campaign open to business buyers: 28.00 for everyone, wholesale lines included.
        PricingStep openToBusiness = new PricingStep() {
            @Override
            public PricingStage stage() {
                return PricingStage.ITEM_PRICE;
            }

            @Override
            public boolean pricesBusinessLines() {
                return true;
            }

            @Override
            public List<PriceOffer> offers(PricingContext context) {
                assertThat(context.lines())
                        .filteredOn(PricingContext.Line::business)
                        .extracting(line -> line.item().skuId())
                        .containsExactly(PLUMS);
                return List.of(price(PLUMS, "28.00", "campaign:2"));
            }

            @Override
            public int getOrder() {
                return 1;
            }
        };

        PriceQuote quote =
                new PricingPipeline(List.of(wholesale, consumerSale, openToBusiness)).quote(CHECKOUT, SHIPPING);

        assertThat(seenByConsumerStep).singleElement().satisfies(context -> assertThat(context.lines())
                .extracting(line -> line.item().skuId())
                .containsExactly(GIFT_BOX, TEA));
        PricedLine plums = quote.lines().get(PLUMS);
        assertThat(plums.unitPrice()).as("the campaign open to business buyers").isEqualByComparingTo("28.00");
        assertThat(plums.adjustments())
                .singleElement()
                .satisfies(adjustment -> assertThat(adjustment.terms().source()).isEqualTo("campaign:2"));
        assertThat(quote.lines().get(TEA).unitPrice()).isEqualByComparingTo("20.00");
    }

    @Test
    void aThresholdTakesOneDiscountPerShopTheLargestSharedToTheCentInProportion() {
        PricingStep ladder = step(PricingStage.SHOP_THRESHOLD, 0, context -> {
            List<PriceOffer> offers = new ArrayList<>();
            BigDecimal ligan = sum(context.linesOf("ligan"));
            if (ligan.compareTo(new BigDecimal("199.00")) >= 0) {
                offers.add(off("ligan", ids(context.linesOf("ligan")), "30.00", "满199减30"));
            }
            if (ligan.compareTo(new BigDecimal("99.00")) >= 0) {
                offers.add(off("ligan", ids(context.linesOf("ligan")), "10.00", "满99减10"));
            }
            return offers;
        });

        PriceQuote quote = new PricingPipeline(List.of(ladder)).quote(CHECKOUT, SHIPPING);

        // 30.00 over 76.00 and 128.00: 11.176… and 18.823… → 11.18 and 18.82.
        assertThat(quote.lines().get(PLUMS).discount()).isEqualByComparingTo("11.18");
        assertThat(quote.lines().get(GIFT_BOX).discount()).isEqualByComparingTo("18.82");
        assertThat(quote.lines().get(PLUMS).total()).isEqualByComparingTo("64.82");
        assertThat(quote.goods(List.of(PLUMS, GIFT_BOX))).isEqualByComparingTo("174.00");
        assertThat(quote.lines().get(PLUMS).adjustments())
                .extracting(adjustment -> adjustment.terms().label())
                .containsExactly("满199减30");
        assertThat(quote.lines().get(TEA).discount()).isEqualByComparingTo("0.00");
    }

    @Test
    void platformThresholdsAndCouponsComeAfterTheShopsOnWhatTheLinesCostThenAndNeverBelowZero() {
        PricingStep shop =
                step(PricingStage.SHOP_THRESHOLD, 0, context -> List.of(off("tea", Set.of(TEA), "9.00", "茶满减")));
        PricingStep platform = step(
                PricingStage.PLATFORM_THRESHOLD,
                0,
                context -> List.of(new PriceOffer.LinesDiscount(
                        null, ids(context.lines()), new BigDecimal("20.00"), terms("年货节满200减20", Funder.PAVILION))));
        PricingStep coupons = step(
                PricingStage.COUPON,
                0,
                context -> List.of(
                        // The tea shop's own coupon of 50.00 on a line costing less: capped at what is left.
                        off("tea", Set.of(TEA), "50.00", "茶店券"),
                        off("tea", Set.of(TEA), "5.00", "小额茶店券"),
                        new PriceOffer.LinesDiscount(
                                null, Set.of(PLUMS), new BigDecimal("3.00"), terms("平台券", Funder.PLATFORM))));

        PriceQuote quote = new PricingPipeline(List.of(coupons, platform, shop)).quote(CHECKOUT, SHIPPING);

        PricedLine tea = quote.lines().get(TEA);
        assertThat(tea.total()).isEqualByComparingTo("0.00");
        assertThat(tea.adjustments())
                .extracting(PriceAdjustment::stage)
                .containsExactly(PricingStage.SHOP_THRESHOLD, PricingStage.PLATFORM_THRESHOLD, PricingStage.COUPON);
        // The platform's 20.00 over 76.00, 128.00 and the tea's 20.00 left: 6.79, 11.43, 1.78; then
        // the tea shop's coupon takes the 18.22 the tea still costs, not its face value of 50.00.
        assertThat(tea.adjustments())
                .extracting(PriceAdjustment::amount)
                .containsExactly(new BigDecimal("9.00"), new BigDecimal("1.78"), new BigDecimal("18.22"));
        assertThat(quote.lines().get(GIFT_BOX).discount()).isEqualByComparingTo("11.43");
        assertThat(quote.lines().get(PLUMS).discount()).isEqualByComparingTo("9.79");
        BigDecimal discounts =
                quote.lines().values().stream().map(PricedLine::discount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(discounts).isEqualByComparingTo("50.22");
        assertThat(quote.lines().values()).allSatisfy(line -> {
            assertThat(line.total()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(line.total())
                    .isEqualByComparingTo(line.unitPrice()
                            .multiply(BigDecimal.valueOf(line.quantity()))
                            .subtract(line.discount()));
        });
        assertThat(quote.lines().get(PLUMS).adjustments())
                .filteredOn(adjustment -> adjustment.stage() == PricingStage.COUPON)
                .singleElement()
                .satisfies(adjustment -> assertThat(adjustment.terms().funder()).isEqualTo(Funder.PLATFORM));
    }

    @Test
    void aDiscountThatExcludesLaterStagesHidesItsLinesFromThem() {
        PricingStep flashSale = step(
                PricingStage.ITEM_PRICE,
                0,
                context -> List.of(new PriceOffer.LinePrice(
                        PLUMS,
                        new BigDecimal("19.90"),
                        new DiscountTerms("秒杀", "campaign:9", Funder.SHOP, Set.of(PricingStage.COUPON)))));
        List<Set<Long>> seenByCoupons = new ArrayList<>();
        PricingStep coupons = step(PricingStage.COUPON, 0, context -> {
            seenByCoupons.add(ids(context.lines()));
            return List.of();
        });
        PricingStep greedy = step(PricingStage.COUPON, 1, context -> List.of(off("ligan", Set.of(PLUMS), "1.00", "券")));

        new PricingPipeline(List.of(flashSale, coupons)).quote(CHECKOUT, SHIPPING);

        assertThat(seenByCoupons).containsExactly(Set.of(GIFT_BOX, TEA));
        assertThatThrownBy(() -> new PricingPipeline(List.of(flashSale, greedy)).quote(CHECKOUT, SHIPPING))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("may not change");
    }

    @Test
    void deliveryIsChargedOnWhatTheGoodsCostAfterDiscountsAndItsDiscountIsCappedAtTheCharge() {
        // 满99包邮 no longer holds once 120.00 came off the shop's 204.00: its delivery discount pays instead.
        PricingStep shop = step(
                PricingStage.SHOP_THRESHOLD,
                0,
                context -> List.of(off("ligan", Set.of(PLUMS, GIFT_BOX), "120.00", "清仓")));
        PricingStep freeDelivery = step(
                PricingStage.DELIVERY,
                0,
                context -> List.of(
                        new PriceOffer.DeliveryDiscount("ligan", new BigDecimal("15.00"), terms("包邮", Funder.SHOP)),
                        new PriceOffer.DeliveryDiscount(
                                "ligan", new BigDecimal("8.00"), terms("运费券", Funder.PLATFORM))));

        PriceQuote quote = new PricingPipeline(List.of(shop, freeDelivery)).quote(CHECKOUT, SHIPPING);

        PriceQuote.Delivery ligan = quote.deliveries().get("ligan");
        assertThat(ligan.charge()).isEqualByComparingTo("10.00");
        assertThat(ligan.discount().amount()).isEqualByComparingTo("10.00");
        assertThat(ligan.discount().terms().label()).isEqualTo("包邮");
        assertThat(ligan.net()).isEqualByComparingTo("0.00");
        assertThat(quote.deliveries().get("tea").discount()).isNull();
    }

    @Test
    void aStepThatBreaksTheContractFailsTheQuoteInsteadOfChargingNonsense() {
        List<PricingStep> broken = List.of(
                step(PricingStage.ITEM_PRICE, 0, context -> List.of(price(PLUMS, "-1.00", "bug"))),
                step(PricingStage.ITEM_PRICE, 0, context -> List.of(price(PLUMS, "1.005", "bug"))),
                step(PricingStage.ITEM_PRICE, 0, context -> List.of(price(99, "1.00", "bug"))),
                step(PricingStage.COUPON, 0, context -> List.of(price(PLUMS, "1.00", "bug"))),
                step(PricingStage.SHOP_THRESHOLD, 0, context -> List.of(off("tea", Set.of(PLUMS), "1.00", "bug"))),
                step(
                        PricingStage.SHOP_THRESHOLD,
                        0,
                        context -> List.of(new PriceOffer.LinesDiscount(
                                null, Set.of(PLUMS), BigDecimal.ONE, terms("bug", Funder.SHOP)))),
                step(
                        PricingStage.PLATFORM_THRESHOLD,
                        0,
                        context -> List.of(off("ligan", Set.of(PLUMS), "0.00", "bug"))),
                step(
                        PricingStage.DELIVERY,
                        0,
                        context -> List.of(new PriceOffer.DeliveryDiscount(
                                "nowhere", BigDecimal.ONE, terms("bug", Funder.SHOP)))));
        for (PricingStep step : broken) {
            assertThatThrownBy(() -> new PricingPipeline(List.of(step)).quote(CHECKOUT, SHIPPING))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    /** A wholesale price of 30.00 on the plums, closing the item price and shop threshold stages. */
    private static PricingStep wholesalePlums() {
        return step(
                PricingStage.BASE_PRICE,
                0,
                context -> List.of(new PriceOffer.LinePrice(
                        PLUMS,
                        new BigDecimal("30.00"),
                        new DiscountTerms(
                                "批发价",
                                "wholesale:offer:1",
                                Funder.SHOP,
                                java.util.EnumSet.of(PricingStage.ITEM_PRICE, PricingStage.SHOP_THRESHOLD)))));
    }

    private static PricingStep step(PricingStage stage, int order, Function<PricingContext, List<PriceOffer>> offers) {
        return new PricingStep() {
            @Override
            public PricingStage stage() {
                return stage;
            }

            @Override
            public List<PriceOffer> offers(PricingContext context) {
                return offers.apply(context);
            }

            @Override
            public int getOrder() {
                return order;
            }
        };
    }

    private static PriceOffer price(long sku, String price, String source) {
        return new PriceOffer.LinePrice(
                sku, new BigDecimal(price), DiscountTerms.combinable(source, source, Funder.SHOP));
    }

    private static PriceOffer off(String shop, Set<Long> skus, String amount, String label) {
        return new PriceOffer.LinesDiscount(shop, skus, new BigDecimal(amount), terms(label, Funder.SHOP));
    }

    private static DiscountTerms terms(String label, Funder funder) {
        return DiscountTerms.combinable(label, "test:" + label, funder);
    }

    private static Set<Long> ids(List<PricingContext.Line> lines) {
        return Set.copyOf(lines.stream().map(line -> line.item().skuId()).toList());
    }

    private static BigDecimal sum(List<PricingContext.Line> lines) {
        return lines.stream().map(PricingContext.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
