package org.techan.wholesale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.NotAllowedException;
import org.techan.platform.SignUpCommand;

/**
 * A quick-order file is checked line by line: every kind of problem names its line, a SKU listed
 * twice is one line of the summed packs, and what can be ordered is priced at its tier and split
 * by shop. Nothing is held or ordered.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuickOrdersTest {

    private static final String VILLAGE = "410328100202";

    @Inject
    WholesaleApi wholesale;

    @Inject
    Accounts accounts;

    @Inject
    TestMarketplace market;

    private final String run = Long.toString(System.currentTimeMillis() % 10_000_000L);
    private TestMarketplace.Shop apples;
    private TestMarketplace.Shop pears;
    private long fuji;
    private long gala;
    private long retailOnly;
    private long yellow;
    private TestMarketplace.Product pear;
    private Actor buyer;

    @BeforeAll
    void twoBases() {
        market.regions(VILLAGE, "河南省/Henan", "洛阳市/Luoyang", "洛宁县/Luoning", "城郊乡", "果园村");
        apples = market.aShop("quick-apples-" + run)
                .named("洛宁苹果基地")
                .inVillage(VILLAGE)
                .open();
        pears = market.aShop("quick-pears-" + run)
                .named("洛宁酥梨基地")
                .inVillage(VILLAGE)
                .open();
        fuji = market.aProduct(apples, "红富士 10 斤箱")
                .priced("40.00")
                .withBatch(200)
                .create()
                .skuId();
        gala = market.aProduct(apples, "嘎啦 10 斤箱")
                .priced("35.00")
                .withBatch(25)
                .create()
                .skuId();
        retailOnly = market.aProduct(apples, "苹果礼盒")
                .priced("88.00")
                .withBatch(50)
                .create()
                .skuId();
        yellow = market.aProduct(apples, "黄元帅 10 斤箱")
                .priced("36.00")
                .withBatch(25)
                .create()
                .skuId();
        pear = market.aProduct(pears, "酥梨 10 斤箱").priced("30.00").withBatch(500).create();
        wholesale.saveOffer(
                apples.staff(), offer(fuji, 10, 10, 100, Grade.FIRST, tier(10, "32.00"), tier(50, "29.00")));
        wholesale.saveOffer(apples.staff(), offer(gala, 10, 5, null, null, tier(10, "28.00")));
        wholesale.saveOffer(apples.staff(), offer(yellow, 10, 5, null, null, tier(10, "27.00")));
        wholesale.saveOffer(pears.staff(), offer(pear.skuId(), 10, 5, 40, Grade.SPECIAL, tier(10, "24.00")));
        buyer = verifiedBuyer();
    }

    @Test
    void everyLineIsCheckedAndWhatCanBeOrderedIsPricedByShop() {
        String file = String.join(
                "\n",
                "sku,quantity",
                fuji + ",30",
                fuji + ",20",
                gala + ",5",
                retailOnly + ",10",
                "999999999,10",
                yellow + ",30",
                pear.skuId() + ",12",
                "三箱红富士",
                "");
        QuickOrderDraft draft = wholesale.checkQuickOrder(buyer, file.getBytes(StandardCharsets.UTF_8));

        assertThat(draft.problems())
                .extracting(RowProblem::line, RowProblem::problem)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "wholesale.line.below-minimum"),
                        org.assertj.core.groups.Tuple.tuple(5, "wholesale.line.not-wholesale"),
                        org.assertj.core.groups.Tuple.tuple(6, "wholesale.line.off-sale"),
                        org.assertj.core.groups.Tuple.tuple(7, "wholesale.line.short"),
                        org.assertj.core.groups.Tuple.tuple(8, "wholesale.line.not-a-step"),
                        org.assertj.core.groups.Tuple.tuple(9, "wholesale.csv.columns"));
        assertThat(draft.orderable()).isFalse();
        assertThat(draft.shops()).singleElement().satisfies(shop -> {
            assertThat(shop.shopSlug()).isEqualTo(apples.slug());
            assertThat(shop.lines()).singleElement().satisfies(line -> {
                assertThat(line.lines()).as("listed twice: merged").containsExactly(2, 3);
                assertThat(line.packs()).isEqualTo(50);
                assertThat(line.unitPrice())
                        .as("50 packs reach the second tier")
                        .isEqualByComparingTo("29.00");
                assertThat(line.total()).isEqualByComparingTo("1450.00");
            });
        });
    }

    @Test
    void aGbkFileNamingProductsAndGradesIsSplitByShop() {
        String file = "店铺,商品编号,等级,数量\r\n"
                + pears.slug() + "," + pear.id() + ",特级,20\r\n"
                + pears.slug() + "," + pear.id() + ",一级,20\r\n"
                + pears.slug() + "," + pear.id() + ",特级,25\r\n"
                + "\r\n";
        QuickOrderDraft draft = wholesale.checkQuickOrder(buyer, file.getBytes(Charset.forName("GBK")));

        assertThat(draft.problems())
                .extracting(RowProblem::line, RowProblem::problem)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "wholesale.line.over-maximum"),
                        org.assertj.core.groups.Tuple.tuple(3, "wholesale.line.product-unknown"));
    }

    @Test
    void aCleanFileIsOrderableAndOnlyVerifiedBuyersMayCheckOne() {
        String file = fuji + ",10\n" + gala + ",15\n" + pear.skuId() + ",40\n";
        QuickOrderDraft draft = wholesale.checkQuickOrder(buyer, file.getBytes(StandardCharsets.UTF_8));

        assertThat(draft.orderable()).isTrue();
        assertThat(draft.shops()).extracting(ShopDraft::shopSlug).containsExactly(apples.slug(), pears.slug());
        assertThat(draft.shops().get(0).goods()).isEqualByComparingTo("740.00");
        assertThat(draft.goods()).isEqualByComparingTo("1700.00");
        assertThatThrownBy(() -> wholesale.checkQuickOrder(market.aConsumer(), file.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotAllowedException.class);
    }

    private static PriceTier tier(int packs, String price) {
        return new PriceTier(packs, new BigDecimal(price));
    }

    private static OfferCommand offer(long sku, int min, int step, Integer max, Grade grade, PriceTier... tiers) {
        return new OfferCommand(sku, PackKind.BOX, 5000, min, step, max, List.of(tiers), grade, null, null, null);
    }

    private Actor verifiedBuyer() {
        String login = "135" + String.format("%08d", (Long.parseLong(run) * 3 + 7) % 100_000_000L);
        String first17 = "91410300" + String.format("%09d", (Long.parseLong(run) * 5 + 3) % 1_000_000_000L);
        OrganisationView applied = wholesale.apply(
                new ApplyOrganisationCommand(
                        "洛阳果品批发商行",
                        first17 + CreditCode.checkCharacter(first17),
                        OrganisationKind.DISTRIBUTOR,
                        "410328",
                        "果品市场 3 号",
                        new SignUpCommand(
                                login,
                                "distributor-2026-pw",
                                "批发商老赵",
                                true,
                                accounts.legalTerms().version())),
                "test");
        LicenceScans.attach(wholesale, applied);
        wholesale.review(TestMarketplace.OPERATOR, applied.id(), true, null);
        return accounts.authenticate(login, "distributor-2026-pw", "test").actor();
    }
}
