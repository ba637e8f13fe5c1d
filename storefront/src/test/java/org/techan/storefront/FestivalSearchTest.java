package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.OpenPavilionCommand;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.Funder;
import org.techan.promotions.CampaignRule;
import org.techan.promotions.CampaignState;
import org.techan.promotions.CreateCampaignCommand;
import org.techan.promotions.EnrolCommand;
import org.techan.promotions.PromotionsApi;
import org.techan.search.CampaignBadge;
import org.techan.search.SearchApi;
import org.techan.search.SearchHit;
import org.techan.search.SearchQuery;
import org.techan.search.fixtures.SearchIndexFixture;

/**
 * Products in a festival are found by it: warming up, a product is in the festival's filter; live,
 * its result carries the campaign's badge and price; the pavilion page shows the festival's picks;
 * ended, the filter and the badge let it go. Against the real index, as shoppers search it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FestivalSearchTest {

    private static final String VILLAGE = "130227100201";
    private static final String FESTIVAL = "qianxi-chestnut-festival";
    private static final Duration INDEXED = Duration.ofSeconds(30);

    @Inject
    PromotionsApi promotions;

    @Inject
    CatalogApi catalog;

    @Inject
    SearchApi search;

    @Inject
    SearchIndexFixture index;

    @Inject
    TestMarketplace market;

    @Inject
    @Client("/")
    HttpClient http;

    private TestMarketplace.Shop shop;
    private long roasted;
    private long roastedSku;
    private long raw;

    @BeforeAll
    void qianxiChestnuts() {
        market.regions(VILLAGE, "河北省/Hebei", "唐山市/Tangshan", "迁西县/Qianxi", "兴城镇", "板栗村");
        shop = market.aShop("qianxi-chestnut-search")
                .named("迁西板栗合作社")
                .inVillage(VILLAGE)
                .open();
        TestMarketplace.Product product =
                market.aProduct(shop, "迁西甘栗仁").priced("50.00").withBatch(100).create();
        roasted = product.id();
        roastedSku = product.skuId();
        raw = market.aProduct(shop, "迁西生板栗")
                .priced("30.00")
                .withBatch(100)
                .create()
                .id();
        catalog.openPavilion(
                TestMarketplace.OPERATOR,
                new OpenPavilionCommand("qianxi", "130227", "迁西特产馆", "Qianxi", "燕山板栗之乡", null, null));
        RunningFestivals.create(promotions, FESTIVAL, "迁西板栗节", "Qianxi Chestnut Festival", 1, 20);
        index.rebuildNow();
    }

    @Test
    void aFestivalsProductsAreFoundByItWithTheLiveCampaignsBadgeAndPrice() {
        long campaign = promotions
                .createCampaign(
                        TestMarketplace.OPERATOR,
                        new CreateCampaignCommand(
                                FESTIVAL,
                                "板栗直降",
                                "Chestnut price cut",
                                null,
                                null,
                                List.of(shop.slug()),
                                Funder.SHOP,
                                CampaignRule.priceCut(),
                                null,
                                null))
                .id();
        promotions.moveCampaign(TestMarketplace.OPERATOR, campaign, CampaignState.ENROLMENT, null);
        long enrolment = promotions
                .enrol(shop.staff(), campaign, new EnrolCommand(roastedSku, new BigDecimal("39.90"), null))
                .id();
        promotions.reviewEnrolment(TestMarketplace.OPERATOR, enrolment, true, null);
        promotions.moveCampaign(TestMarketplace.OPERATOR, campaign, CampaignState.REVIEW, null);
        assertThat(inFestival()).as("approved but not yet shown to shoppers").isEmpty();

        promotions.moveCampaign(TestMarketplace.OPERATOR, campaign, CampaignState.WARM_UP, null);
        await().atMost(INDEXED).until(() -> inFestival().size() == 1);
        SearchHit warming = inFestival().get(0);
        assertThat(warming.id()).as("only the enrolled product").isEqualTo(roasted);
        assertThat(warming.campaign()).as("warming up: no badge yet").isNull();

        promotions.moveCampaign(TestMarketplace.OPERATOR, campaign, CampaignState.LIVE, null);
        await().atMost(INDEXED).until(() -> badge(roasted) != null);
        CampaignBadge badge = badge(roasted);
        assertThat(badge.campaignId()).isEqualTo(campaign);
        assertThat(badge.kind()).isEqualTo("PRICE_CUT");
        assertThat(badge.price()).isEqualByComparingTo("39.90");
        assertThat(badge(raw)).as("not enrolled").isNull();

        String page = http.toBlocking().retrieve("/search?q=" + encode("迁西") + "&festival=" + FESTIVAL);
        assertThat(page)
                .contains("正在查看“迁西板栗节”的活动商品", "迁西甘栗仁", "活动价 ¥39.90", "<s>¥50.00</s>", "板栗直降 · 直降")
                .doesNotContain("迁西生板栗");
        assertThat(http.toBlocking().retrieve("/search?q=" + encode("迁西")))
                .as("without the filter both, the badge on the enrolled one")
                .contains("迁西生板栗", "板栗直降 · 直降");
        assertThat(http.toBlocking().retrieve("/api/v1/search?festival=" + FESTIVAL))
                .contains("\"campaign\":{\"campaignId\":" + campaign, "\"kind\":\"PRICE_CUT\"");
        assertThat(http.toBlocking().retrieve("/pavilions/qianxi"))
                .as("the pavilion shows the festival's picks")
                .contains("迁西板栗节 · 本馆精选", "picks-" + FESTIVAL + "-" + roasted);
        assertThat(http.toBlocking().retrieve("/festivals/" + FESTIVAL)).contains("/search?festival=" + FESTIVAL);
        assertThat(FormClient.send(http, HttpRequest.GET("/search?festival=no-such-festival"))
                        .code())
                .as("a festival that does not exist is a bad parameter")
                .isEqualTo(422);

        promotions.moveCampaign(TestMarketplace.OPERATOR, campaign, CampaignState.ENDED, null);
        await().atMost(INDEXED).until(() -> inFestival().isEmpty() && badge(roasted) == null);
        assertThat(http.toBlocking().retrieve("/pavilions/qianxi")).doesNotContain("迁西板栗节 · 本馆精选");
    }

    private List<SearchHit> inFestival() {
        return search.search(SearchQuery.everything().inFestival(FESTIVAL)).items();
    }

    private CampaignBadge badge(long productId) {
        return search.search(SearchQuery.text("迁西")).items().stream()
                .filter(hit -> hit.id() == productId)
                .findFirst()
                .orElseThrow()
                .campaign();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
