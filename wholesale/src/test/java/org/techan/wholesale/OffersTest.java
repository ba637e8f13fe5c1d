package org.techan.wholesale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.OrdersApi;
import org.techan.orders.PricingRequest;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.platform.SignUpCommand;

/**
 * A shop offers a SKU wholesale with a pack, quantities and tiered prices; a verified
 * organisation's buyer pays the tier a quantity reaches, from the minimum on; anyone else, or
 * fewer packs, pays the list price, and consumers never see the offer.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OffersTest {

    private static final String VILLAGE = "410328100201";

    @Inject
    WholesaleApi wholesale;

    @Inject
    OrdersApi orders;

    @Inject
    Accounts accounts;

    @Inject
    TestMarketplace market;

    private final String run = Long.toString(System.currentTimeMillis() % 10_000_000L);
    private TestMarketplace.Shop shop;
    private TestMarketplace.Shop otherShop;
    private long apples;
    private long appleProduct;
    private long pears;
    private Actor buyer;
    private Actor pendingBuyer;

    @BeforeAll
    void luoningBase() {
        market.regions(VILLAGE, "河南省/Henan", "洛阳市/Luoyang", "洛宁县/Luoning", "城郊乡", "苹果基地村");
        shop = market.aShop("luoning-apple-base-" + run)
                .named("洛宁苹果生产基地")
                .inVillage(VILLAGE)
                .open();
        otherShop = market.aShop("luoning-pear-base-" + run)
                .named("洛宁梨园")
                .inVillage(VILLAGE)
                .open();
        apples = market.aProduct(shop, "洛宁红富士 10 斤箱")
                .priced("38.00")
                .withBatch(1000)
                .create()
                .skuId();
        pears = market.aProduct(otherShop, "洛宁酥梨 10 斤箱")
                .priced("30.00")
                .withBatch(1000)
                .create()
                .skuId();
        buyer = organisationBuyer("洛阳一中食堂", true);
        pendingBuyer = organisationBuyer("洛阳二中食堂", false);
    }

    @Test
    void aVerifiedBuyerPaysTheTierTheQuantityReaches() {
        OfferView offer = wholesale.saveOffer(shop.staff(), offer(apples, 10, 5, 200, "30.00", "27.50"));
        assertThat(offer.tiers()).extracting(PriceTier::minPacks).containsExactly(10, 50);
        assertThat(offer.grade()).isEqualTo(Grade.FIRST);

        assertThat(priceOf(buyer, 9)).as("below the minimum: the list price").isEqualByComparingTo("38.00");
        assertThat(priceOf(buyer, 10)).isEqualByComparingTo("30.00");
        assertThat(priceOf(buyer, 49)).isEqualByComparingTo("30.00");
        assertThat(priceOf(buyer, 50)).as("the second tier from its first pack").isEqualByComparingTo("27.50");
        assertThat(priceOf(pendingBuyer, 50)).as("not verified yet").isEqualByComparingTo("38.00");
        assertThat(priceOf(market.aConsumer(), 50))
                .as("consumers pay the list price")
                .isEqualByComparingTo("38.00");

        assertThat(offer.sells(10)).isTrue();
        assertThat(offer.sells(15)).isTrue();
        assertThat(offer.sells(12)).as("not on a step of 5").isFalse();
        assertThat(offer.sells(205)).as("over the maximum").isFalse();
        assertThat(wholesale.offers(buyer, List.of(apples, pears)))
                .extracting(OfferView::skuId)
                .containsExactly(apples);
        assertThatThrownBy(() -> wholesale.offers(market.aConsumer(), List.of(apples)))
                .as("consumers never see wholesale prices")
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> wholesale.offers(pendingBuyer, List.of(apples)))
                .isInstanceOf(NotAllowedException.class);

        OfferView changed = wholesale.saveOffer(shop.staff(), offer(apples, 20, 10, null, "29.00"));
        assertThat(changed.tiers()).as("replaced whole").containsExactly(new PriceTier(20, new BigDecimal("29.00")));
        assertThat(priceOf(buyer, 50)).isEqualByComparingTo("29.00");
        assertThat(wholesale.shopOffers(shop.staff()))
                .extracting(OfferView::skuId)
                .containsExactly(apples);
        wholesale.withdrawOffer(shop.staff(), apples);
        assertThat(priceOf(buyer, 50)).as("withdrawn").isEqualByComparingTo("38.00");
        assertThatThrownBy(() -> wholesale.withdrawOffer(shop.staff(), apples)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOfferThatMakesNoSenseIsRefusedAndChangesNothing() {
        wholesale.saveOffer(otherShop.staff(), offer(pears, 10, 1, null, "25.00"));
        for (OfferCommand bad : List.of(
                offer(pears, 10, 1, null, "25.00", "26.00"),
                offer(pears, 10, 1, null),
                offer(pears, 0, 1, null, "25.00"),
                offer(pears, 10, 0, null, "25.00"),
                offer(pears, 10, 1, 5, "25.00"),
                new OfferCommand(
                        pears,
                        PackKind.BOX,
                        5000,
                        10,
                        1,
                        null,
                        List.of(new PriceTier(20, new BigDecimal("25.00"))),
                        null,
                        null,
                        null,
                        null),
                new OfferCommand(
                        pears,
                        PackKind.BOX,
                        5000,
                        10,
                        1,
                        null,
                        List.of(new PriceTier(10, new BigDecimal("25.001"))),
                        null,
                        null,
                        null,
                        null),
                new OfferCommand(
                        pears,
                        null,
                        5000,
                        10,
                        1,
                        null,
                        List.of(new PriceTier(10, new BigDecimal("25.00"))),
                        null,
                        null,
                        null,
                        null),
                new OfferCommand(
                        pears,
                        PackKind.BOX,
                        0,
                        10,
                        1,
                        null,
                        List.of(new PriceTier(10, new BigDecimal("25.00"))),
                        null,
                        null,
                        null,
                        null))) {
            assertThatThrownBy(() -> wholesale.saveOffer(otherShop.staff(), bad))
                    .as(bad.toString())
                    .isInstanceOf(RuleViolationException.class);
        }
        assertThat(wholesale.shopOffers(otherShop.staff())).singleElement().satisfies(kept -> assertThat(kept.tiers())
                .containsExactly(new PriceTier(10, new BigDecimal("25.00"))));
        assertThatThrownBy(() -> wholesale.saveOffer(shop.staff(), offer(pears, 10, 1, null, "20.00")))
                .as("another shop's SKU")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> wholesale.saveOffer(buyer, offer(pears, 10, 1, null, "20.00")))
                .isInstanceOf(NotAllowedException.class);
    }

    private BigDecimal priceOf(Actor who, int packs) {
        PricingRequest request = new PricingRequest(
                who,
                List.of(new PricingRequest.Item(apples, appleProduct, shop.slug(), new BigDecimal("38.00"), packs)));
        return orders.quoteGoods(request).lines().get(apples).unitPrice();
    }

    private static OfferCommand offer(long sku, int min, int increment, Integer max, String... prices) {
        List<PriceTier> tiers = new java.util.ArrayList<>();
        for (int i = 0; i < prices.length; i++) {
            tiers.add(new PriceTier(i == 0 ? min : min * 5 * i, new BigDecimal(prices[i])));
        }
        return new OfferCommand(
                sku, PackKind.BOX, 5000, min, increment, max, tiers, Grade.FIRST, "GB/T 10651-2008 一等果", null, null);
    }

    private Actor organisationBuyer(String name, boolean verified) {
        String login =
                "136" + String.format("%08d", (Long.parseLong(run) * 7 + name.hashCode() % 1000 + 1000) % 100_000_000L);
        String first17 = "91410300"
                + String.format("%09d", (Long.parseLong(run) * 11 + Math.abs(name.hashCode() % 1000)) % 1_000_000_000L);
        OrganisationView applied = wholesale.apply(
                new ApplyOrganisationCommand(
                        name,
                        first17 + CreditCode.checkCharacter(first17),
                        OrganisationKind.CANTEEN,
                        "410328",
                        "学府路 1 号",
                        new SignUpCommand(
                                login,
                                "canteen-2026-pw",
                                "食堂采购",
                                true,
                                accounts.legalTerms().version())),
                "test");
        if (verified) {
            LicenceScans.attach(wholesale, applied);
            wholesale.review(TestMarketplace.OPERATOR, applied.id(), true, null);
        }
        return accounts.authenticate(login, "canteen-2026-pw", "test").actor();
    }
}
