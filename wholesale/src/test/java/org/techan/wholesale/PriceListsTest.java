package org.techan.wholesale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.platform.SignUpCommand;

/**
 * A shop's price list overrides its tiers for the organisations it is for: an organisation's own
 * list before its kind's, a later start before an earlier one, and only between its first and
 * last day. Nobody else's price moves.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PriceListsTest {

    private static final String VILLAGE = "410328100202";

    @Inject
    WholesaleApi wholesale;

    @Inject
    Accounts accounts;

    @Inject
    TestMarketplace market;

    private final long run = System.currentTimeMillis() % 10_000_000L;
    private final LocalDate today = MarketCalendar.today(java.time.Clock.systemUTC());
    private TestMarketplace.Shop base;
    private long millet;
    private long otherShopsSku;
    private Actor canteen;
    private String canteenCode;
    private Actor otherCanteen;
    private Actor supermarket;

    @BeforeAll
    void aBaseAndThreeBuyers() {
        market.regions(VILLAGE, "河南省/Henan", "洛阳市/Luoyang", "洛宁县/Luoning", "城郊乡", "果园村");
        base = market.aShop("lists-millet-" + run)
                .named("洛宁小米基地")
                .inVillage(VILLAGE)
                .open();
        millet = market.aProduct(base, "小米 10 斤袋")
                .priced("60.00")
                .withBatch(2000)
                .create()
                .skuId();
        TestMarketplace.Shop other = market.aShop("lists-other-" + run)
                .named("洛宁杂粮基地")
                .inVillage(VILLAGE)
                .open();
        otherShopsSku = market.aProduct(other, "绿豆 10 斤袋")
                .priced("50.00")
                .withBatch(100)
                .create()
                .skuId();
        wholesale.saveOffer(
                base.staff(),
                new OfferCommand(
                        millet,
                        PackKind.BAG,
                        5000,
                        10,
                        10,
                        null,
                        List.of(tier(10, "50.00"), tier(50, "45.00")),
                        Grade.FIRST,
                        null,
                        null,
                        null));
        wholesale.saveOffer(
                other.staff(),
                new OfferCommand(
                        otherShopsSku,
                        PackKind.BAG,
                        5000,
                        10,
                        10,
                        null,
                        List.of(tier(10, "40.00")),
                        null,
                        null,
                        null,
                        null));
        canteenCode = code(1);
        canteen = verified(1, canteenCode, OrganisationKind.CANTEEN);
        otherCanteen = verified(2, code(2), OrganisationKind.CANTEEN);
        supermarket = verified(3, code(3), OrganisationKind.SUPERMARKET);
    }

    @Test
    void theNearestValidListWinsOverTheTiers() {
        assertThat(price(canteen, 60)).as("no list yet: the 50-pack tier").isEqualByComparingTo("45.00");

        save("食堂价", OrganisationKind.CANTEEN, null, today.minusDays(1), null, "47.00");
        PriceListView own = save("一中协议价", null, canteenCode, today, today.plusDays(10), "44.00");
        save("二中去年价", null, code(2), today.minusDays(30), today.minusDays(1), "40.00");
        save("二中下月价", null, code(2), today.plusDays(1), null, "39.00");

        assertThat(price(canteen, 60)).as("its own list").isEqualByComparingTo("44.00");
        assertThat(price(otherCanteen, 60))
                .as("its kind's list overrides the tiers; its own lists are past or to come")
                .isEqualByComparingTo("47.00");
        assertThat(price(supermarket, 60)).as("another kind: the tiers").isEqualByComparingTo("45.00");

        save("食堂新价", OrganisationKind.CANTEEN, null, today, today, "46.00");
        assertThat(price(otherCanteen, 10)).as("the later start").isEqualByComparingTo("46.00");
        assertThat(price(canteen, 10)).isEqualByComparingTo("44.00");

        wholesale.deletePriceList(base.staff(), own.id());
        assertThat(price(canteen, 10)).isEqualByComparingTo("46.00");
        assertThat(wholesale.shopPriceLists(base.staff()))
                .extracting(PriceListView::name)
                .contains("食堂新价", "二中下月价")
                .doesNotContain("一中协议价");
    }

    @Test
    void aListThatCannotBeIsRefusedAndNothingIsKept() {
        int before = wholesale.shopPriceLists(base.staff()).size();
        ListPrice ok = new ListPrice(millet, new BigDecimal("48.00"));

        assertThatThrownBy(() -> wholesale.savePriceList(
                        base.staff(),
                        new PriceListCommand(
                                "两者", OrganisationKind.CANTEEN, canteenCode, today, null, List.of(ok), null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> wholesale.savePriceList(
                        base.staff(), new PriceListCommand("无对象", null, null, today, null, List.of(ok), null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> wholesale.savePriceList(
                        base.staff(),
                        new PriceListCommand(
                                "倒序", OrganisationKind.CANTEEN, null, today, today.minusDays(1), List.of(ok), null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> wholesale.savePriceList(
                        base.staff(),
                        new PriceListCommand(
                                "零价",
                                OrganisationKind.CANTEEN,
                                null,
                                today,
                                null,
                                List.of(new ListPrice(millet, BigDecimal.ZERO)),
                                null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> wholesale.savePriceList(
                        base.staff(),
                        new PriceListCommand(
                                "别家",
                                OrganisationKind.CANTEEN,
                                null,
                                today,
                                null,
                                List.of(new ListPrice(otherShopsSku, new BigDecimal("30.00"))),
                                null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> wholesale.savePriceList(
                        base.staff(), new PriceListCommand("无此单位", null, code(9), today, null, List.of(ok), null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> wholesale.savePriceList(
                        canteen,
                        new PriceListCommand("买家", OrganisationKind.CANTEEN, null, today, null, List.of(ok), null)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(wholesale.shopPriceLists(base.staff())).hasSize(before);
        assertThatThrownBy(() -> wholesale.deletePriceList(canteen, 1)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aListSentAgainUnderItsKeyEvenAtOnceIsSavedOnce() throws Exception {
        String key = java.util.UUID.randomUUID().toString();
        PriceListCommand command = new PriceListCommand(
                "重复提交",
                OrganisationKind.RESTAURANT,
                null,
                MarketCalendar.today(java.time.Clock.systemUTC()),
                null,
                List.of(new ListPrice(millet, new BigDecimal("11.00"))),
                key);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<PriceListView>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return wholesale.savePriceList(base.staff(), command);
                }));
            }
            start.countDown();
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (java.util.concurrent.Future<PriceListView> answer : answers) {
                ids.add(answer.get().id());
            }
            assertThat(ids).hasSize(1);
            assertThat(wholesale.shopPriceLists(base.staff()))
                    .filteredOn(list -> list.name().equals("重复提交"))
                    .hasSize(1);
        } finally {
            pool.shutdown();
        }
    }

    private PriceListView save(
            String name, OrganisationKind kind, String code, LocalDate from, LocalDate to, String price) {
        return wholesale.savePriceList(
                base.staff(),
                new PriceListCommand(
                        name, kind, code, from, to, List.of(new ListPrice(millet, new BigDecimal(price))), null));
    }

    private BigDecimal price(Actor buyer, int packs) {
        QuickOrderDraft draft =
                wholesale.checkQuickOrder(buyer, (millet + "," + packs).getBytes(StandardCharsets.UTF_8));
        return draft.shops().get(0).lines().get(0).unitPrice();
    }

    private static PriceTier tier(int packs, String price) {
        return new PriceTier(packs, new BigDecimal(price));
    }

    private String code(int n) {
        String first17 = "91410300" + String.format("%09d", (run * 19 + n) % 1_000_000_000L);
        return first17 + CreditCode.checkCharacter(first17);
    }

    private Actor verified(int n, String code, OrganisationKind kind) {
        String login = "133" + String.format("%08d", (run * 23 + n) % 100_000_000L);
        OrganisationView applied = wholesale.apply(
                new ApplyOrganisationCommand(
                        "价格表买家" + n,
                        code,
                        kind,
                        "410328",
                        "洛宁路 " + n + " 号",
                        new SignUpCommand(
                                login,
                                "price-list-pw-26",
                                "采购" + n,
                                true,
                                accounts.legalTerms().version())),
                "test");
        LicenceScans.attach(wholesale, applied);
        wholesale.review(TestMarketplace.OPERATOR, applied.id(), true, null);
        return accounts.authenticate(login, "price-list-pw-26", "test").actor();
    }
}
