package org.techan.wholesale;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;

/**
 * Shops' staff saving offers and freight bands at the same time (two browser tabs, a clerk and an
 * import): every save is answered and applied whole, one after the other; none fails for the
 * other, and what stays is one of the saves, never a mix.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimultaneousSavesTest {

    private static final String VILLAGE = "410328100202";
    private static final int SAVES = 16;

    @Inject
    WholesaleApi wholesale;

    @Inject
    TestMarketplace market;

    private final long run = System.currentTimeMillis() % 10_000_000L;
    private TestMarketplace.Shop east;
    private TestMarketplace.Shop west;
    private final List<Long> skus = new ArrayList<>();

    @BeforeAll
    void twoShopsWithNeighbouringSkus() {
        market.regions(VILLAGE, "河南省/Henan", "洛阳市/Luoyang", "洛宁县/Luoning", "城郊乡", "果园村");
        east = market.aShop("simultaneous-east-" + run)
                .named("东坡基地")
                .inVillage(VILLAGE)
                .open();
        west = market.aShop("simultaneous-west-" + run)
                .named("西坡基地")
                .inVillage(VILLAGE)
                .open();
        for (TestMarketplace.Shop shop : List.of(east, west, east, west)) {
            skus.add(market.aProduct(shop, "苹果 " + skus.size() + " 号箱")
                    .priced("80.00")
                    .withBatch(100)
                    .create()
                    .skuId());
        }
    }

    @Test
    void offersOfNeighbouringSkusSavedAtOnceAreEachSavedWhole() throws Exception {
        List<Callable<OfferView>> saves = new ArrayList<>();
        for (int i = 0; i < SAVES; i++) {
            int version = i;
            int index = i % skus.size();
            TestMarketplace.Shop shop = index % 2 == 0 ? east : west;
            saves.add(() -> wholesale.saveOffer(shop.staff(), offer(skus.get(index), version)));
        }
        all(saves);

        for (int index = 0; index < skus.size(); index++) {
            TestMarketplace.Shop shop = index % 2 == 0 ? east : west;
            long sku = skus.get(index);
            OfferView saved = wholesale.shopOffers(shop.staff()).stream()
                    .filter(offer -> offer.skuId() == sku)
                    .findFirst()
                    .orElseThrow();
            int version = saved.minPacks() - 10;
            assertThat(saved.tiers())
                    .as("the tiers of the save that stayed, none of another's")
                    .containsExactlyElementsOf(offer(sku, version).tiers());
        }
    }

    @Test
    void freightBandsOfTwoShopsSavedAtOnceAreEachSavedWhole() throws Exception {
        List<Callable<FreightRules>> saves = new ArrayList<>();
        for (int i = 0; i < SAVES; i++) {
            int version = i;
            TestMarketplace.Shop shop = i % 2 == 0 ? east : west;
            saves.add(() -> wholesale.saveFreight(shop.staff(), bands(version)));
        }
        all(saves);

        for (TestMarketplace.Shop shop : List.of(east, west)) {
            FreightRules saved = wholesale.freight(shop.staff());
            int version = saved.bands().get(0).upTo() - 100;
            assertThat(saved.bands()).containsExactlyElementsOf(bands(version).bands());
        }
    }

    /** Runs every save at once; each must be answered, none refused. */
    private static <T> void all(List<Callable<T>> saves) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(saves.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (Callable<T> save : saves) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return save.call();
                }));
            }
            start.countDown();
            for (Future<T> answer : answers) {
                assertThat(answer.get()).isNotNull();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Version n: a minimum of 10 + n packs and n + 1 tiers from there. */
    private static OfferCommand offer(long sku, int version) {
        List<PriceTier> tiers = new ArrayList<>();
        for (int t = 0; t <= version % 4; t++) {
            tiers.add(new PriceTier(10 + version + 10 * t, new BigDecimal(70 - t + ".00")));
        }
        return new OfferCommand(sku, PackKind.BOX, 5000, 10 + version, 1, null, tiers, Grade.FIRST, null, null, null);
    }

    /** Version n: bands up to 100 + n kg and 1,000 kg, then open. */
    private static FreightRules bands(int version) {
        return FreightRules.byWeight(List.of(
                new FreightBand(100 + version, new BigDecimal("30.00")),
                new FreightBand(1000, new BigDecimal("120.00")),
                new FreightBand(null, new BigDecimal("300.00"))));
    }
}
