package org.techan.wholesale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.OrderGroupView;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotAllowedException;
import org.techan.platform.RuleViolationException;
import org.techan.platform.SignUpCommand;

/**
 * A shop's bulk freight by weight: the draft shows the band a shop's part reaches and the placed
 * order charges it; a shop without bands charges its delivery rule; bands that cannot be are refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreightBandsTest {

    private static final String VILLAGE = "410328100202";

    @Inject
    WholesaleApi wholesale;

    @Inject
    Accounts accounts;

    @Inject
    TestMarketplace market;

    private final long run = System.currentTimeMillis() % 10_000_000L;
    private TestMarketplace.Shop banded;
    private long rice;
    private long beans;
    private Actor buyer;

    @BeforeAll
    void twoBases() {
        market.regions(VILLAGE, "河南省/Henan", "洛阳市/Luoyang", "洛宁县/Luoning", "城郊乡", "果园村");
        banded = market.aShop("freight-rice-" + run)
                .named("洛宁大米基地")
                .inVillage(VILLAGE)
                .open();
        TestMarketplace.Shop plain = market.aShop("freight-beans-" + run)
                .named("洛宁杂豆基地")
                .inVillage(VILLAGE)
                .open();
        rice = market.aProduct(banded, "大米 25 公斤袋")
                .priced("150.00")
                .withBatch(500)
                .create()
                .skuId();
        beans = market.aProduct(plain, "红豆 5 公斤袋")
                .priced("60.00")
                .withBatch(500)
                .create()
                .skuId();
        wholesale.saveOffer(banded.staff(), offer(rice, 25_000, "120.00"));
        wholesale.saveOffer(plain.staff(), offer(beans, 5_000, "50.00"));
        String login = "131" + String.format("%08d", (run * 37 + 1) % 100_000_000L);
        String first17 = "91410300" + String.format("%09d", (run * 41 + 1) % 1_000_000_000L);
        OrganisationView applied = wholesale.apply(
                new ApplyOrganisationCommand(
                        "运费测试超市",
                        first17 + CreditCode.checkCharacter(first17),
                        OrganisationKind.SUPERMARKET,
                        "410328",
                        "运费路 1 号",
                        new SignUpCommand(
                                login,
                                "freight-buyer-26",
                                "采购",
                                true,
                                accounts.legalTerms().version())),
                "test");
        LicenceScans.attach(wholesale, applied);
        wholesale.review(TestMarketplace.OPERATOR, applied.id(), true, null);
        buyer = accounts.authenticate(login, "freight-buyer-26", "test").actor();
    }

    @Test
    void theBandAShopsPartReachesIsShownAndCharged() {
        assertThat(wholesale
                        .saveFreight(
                                banded.staff(),
                                FreightRules.byWeight(List.of(
                                        band(500, "80.00"),
                                        band(2000, "200.00"),
                                        new FreightBand(null, new BigDecimal("350.00")))))
                        .bands())
                .hasSize(3);

        // 20 bags of 25 kg: 500 kg, the first band exactly; 40 bags: 1,000 kg, the second.
        assertThat(freightOf(rice + ",20\n")).isEqualByComparingTo("80.00");
        assertThat(freightOf(rice + ",40\n")).isEqualByComparingTo("200.00");
        assertThat(freightOf(rice + ",100\n")).as("heavier than every band").isEqualByComparingTo("350.00");
        QuickOrderDraft both =
                wholesale.checkQuickOrder(buyer, (rice + ",40\n" + beans + ",10\n").getBytes(StandardCharsets.UTF_8));
        assertThat(both.shops())
                .filteredOn(shop -> shop.shopSlug().startsWith("freight-beans-"))
                .singleElement()
                .satisfies(shop -> assertThat(shop.freight())
                        .as("no bands: its delivery rule")
                        .isNull());

        OrderGroupView placed = wholesale
                .placeQuickOrder(
                        buyer,
                        new PlaceQuickOrderCommand(
                                UUID.randomUUID().toString(),
                                rice + ",40\n" + beans + ",10\n",
                                "PO-F-" + run,
                                MarketCalendar.today(java.time.Clock.systemUTC())
                                        .plusDays(2),
                                "王经理",
                                "13700003333",
                                null,
                                null,
                                false,
                                null))
                .order();
        assertThat(placed.orders())
                .filteredOn(order -> order.shopSlug().equals(banded.slug()))
                .singleElement()
                .satisfies(order -> assertThat(order.shipping()).isEqualByComparingTo("200.00"));
        assertThat(placed.orders())
                .filteredOn(order -> !order.shopSlug().equals(banded.slug()))
                .singleElement()
                .satisfies(order -> assertThat(order.shipping())
                        .as("¥500 of beans: free under the marketplace's rule")
                        .isEqualByComparingTo("0.00"));
    }

    @Test
    void bandsThatCannotBeAreRefusedAndTheShopKeepsItsOwn() {
        FreightRules kept = wholesale.freight(banded.staff());
        assertThatThrownBy(
                        () -> wholesale.saveFreight(banded.staff(), FreightRules.byWeight(List.of(band(500, "80.00")))))
                .as("no charge for heavier orders")
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> wholesale.saveFreight(
                        banded.staff(),
                        FreightRules.byWeight(List.of(
                                band(500, "80.00"), band(300, "60.00"), new FreightBand(null, BigDecimal.TEN)))))
                .as("limits that do not rise")
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> wholesale.saveFreight(
                        banded.staff(), FreightRules.byWeight(List.of(new FreightBand(null, new BigDecimal("-1"))))))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> wholesale.saveFreight(
                        banded.staff(),
                        FreightRules.byWeight(
                                List.of(band(Integer.MAX_VALUE, "80.00"), new FreightBand(null, BigDecimal.TEN)))))
                .as("a limit past a thousand tonnes")
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> wholesale.saveFreight(buyer, FreightRules.byWeight(List.of())))
                .isInstanceOf(NotAllowedException.class);
        assertThat(wholesale.freight(banded.staff())).isEqualTo(kept);
    }

    @Test
    void byVolumeTheSpaceAShopsPartTakesIsCharged() {
        TestMarketplace.Shop bulky = market.aShop("freight-melons-" + run)
                .named("洛宁西瓜基地")
                .inVillage(VILLAGE)
                .open();
        long melons = market.aProduct(bulky, "西瓜 两个一箱")
                .priced("40.00")
                .withBatch(500)
                .create()
                .skuId();
        wholesale.saveOffer(bulky.staff(), offer(melons, 10_000, "30.00"));
        FreightRules byVolume = new FreightRules(
                FreightBasis.VOLUME, List.of(band(1000, "90.00"), new FreightBand(null, new BigDecimal("300.00"))));
        assertThatThrownBy(() -> wholesale.saveFreight(bulky.staff(), byVolume))
                .as("an offer that does not say how much space a pack takes")
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "wholesale.freight.litres-missing");
        assertThat(wholesale.freight(bulky.staff()).bands())
                .as("nothing was kept")
                .isEmpty();

        wholesale.saveOffer(bulky.staff(), litres(offer(melons, 10_000, "30.00"), 50));
        assertThat(wholesale.saveFreight(bulky.staff(), byVolume).basis()).isEqualTo(FreightBasis.VOLUME);
        // 20 boxes of 50 litres: 1,000 litres, the first band exactly (by weight they are 200 kg).
        assertThat(freightOf(melons + ",20\n")).isEqualByComparingTo("90.00");
        assertThat(freightOf(melons + ",30\n")).isEqualByComparingTo("300.00");
        assertThatThrownBy(() -> wholesale.saveOffer(bulky.staff(), offer(melons, 10_000, "30.00")))
                .as("charged by volume, every offer says its litres")
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "wholesale.offer.litres-required");
        assertThatThrownBy(() -> wholesale.saveOffer(bulky.staff(), litres(offer(melons, 10_000, "30.00"), 0)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(wholesale.shopOffers(bulky.staff()).get(0).packLitres()).isEqualTo(50);
    }

    private static OfferCommand litres(OfferCommand offer, int litres) {
        return new OfferCommand(
                offer.skuId(),
                offer.pack(),
                offer.packNetGrams(),
                offer.minPacks(),
                offer.increment(),
                offer.maxPacks(),
                offer.tiers(),
                offer.grade(),
                offer.gradeStandard(),
                offer.weightTolerancePercent(),
                litres);
    }

    private BigDecimal freightOf(String lines) {
        return wholesale
                .checkQuickOrder(buyer, lines.getBytes(StandardCharsets.UTF_8))
                .shops()
                .get(0)
                .freight();
    }

    private static FreightBand band(int kg, String charge) {
        return new FreightBand(kg, new BigDecimal(charge));
    }

    private static OfferCommand offer(long sku, int grams, String price) {
        return new OfferCommand(
                sku,
                PackKind.BAG,
                grams,
                10,
                10,
                null,
                List.of(new PriceTier(10, new BigDecimal(price))),
                null,
                null,
                null,
                null);
    }
}
