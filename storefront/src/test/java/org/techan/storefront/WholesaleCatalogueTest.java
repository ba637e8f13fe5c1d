package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.search.fixtures.SearchIndexFixture;
import org.techan.wholesale.Grade;
import org.techan.wholesale.ListPrice;
import org.techan.wholesale.OfferCommand;
import org.techan.wholesale.OrganisationKind;
import org.techan.wholesale.PackKind;
import org.techan.wholesale.PriceListCommand;
import org.techan.wholesale.PriceTier;
import org.techan.wholesale.ProducingBaseCommand;
import org.techan.wholesale.WholesaleApi;

/**
 * The wholesale catalogue against the real index: only products offered wholesale, narrowed by
 * region, grade, pack, minimum order, stock and producing base, each with its tiers and the
 * organisation's list price; a product page shows a buyer the tier table and the base and a
 * consumer neither; a shop describes its base on its page or through the API, and bad input
 * changes nothing.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholesaleCatalogueTest {

    /** 洛川县 and 漾濞县: counties no other test sells from, so the region filter keeps this test's products apart. */
    private static final String LUOCHUAN = "610629";

    private static final String YANGBI = "532922";

    /** The villages the two shops stand in: the filters look no wider, whatever other tests sell nearby. */
    private static final String ORCHARD_VILLAGE = LUOCHUAN + "100201";

    private static final String WALNUT_VILLAGE = YANGBI + "101201";
    private static final Duration INDEXED = Duration.ofSeconds(30);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    WholesaleApi wholesale;

    @Inject
    Accounts accounts;

    @Inject
    TestMarketplace market;

    @Inject
    SearchIndexFixture index;

    @Inject
    JsonMapper json;

    private final long run = System.currentTimeMillis() % 10_000_000L;
    private TestMarketplace.Shop orchard;
    private TestMarketplace.Shop walnuts;
    private TestMarketplace.Product special;
    private TestMarketplace.Product bagged;
    private TestMarketplace.Product retailOnly;
    private TestMarketplace.Product soldOut;
    private String staffLogin;
    private String buyerLogin;

    @BeforeAll
    void twoBases() throws IOException {
        market.regions(LUOCHUAN + "100201", "陕西省/Shaanxi", "延安市/Yan'an", "洛川县/Luochuan", "凤栖街道", "苹果村");
        market.regions(YANGBI + "101201", "云南省/Yunnan", "大理白族自治州/Dali", "漾濞彝族自治县/Yangbi", "苍山西镇", "核桃村");
        staffLogin = "catalogue.staff." + run;
        orchard = market.aShop("luochuan-orchard-" + run)
                .named("洛川苹果合作社")
                .inVillage(LUOCHUAN + "100201")
                .staff(staffLogin, "catalogue-staff-2026")
                .open();
        walnuts = market.aShop("yangbi-walnuts-" + run)
                .named("漾濞核桃合作社")
                .inVillage(YANGBI + "101201")
                .open();
        special = market.aProduct(orchard, "洛川苹果 特级 批发")
                .priced("60.00")
                .withBatch(500)
                .create();
        bagged = market.aProduct(orchard, "洛川苹果 一级 袋装")
                .priced("30.00")
                .withBatch(500)
                .create();
        retailOnly = market.aProduct(orchard, "洛川苹果 礼盒")
                .priced("90.00")
                .withBatch(50)
                .create();
        soldOut = market.aProduct(walnuts, "漾濞核桃 箱装").priced("50.00").create();
        index.rebuildNow();
        wholesale.saveOffer(
                orchard.staff(),
                offer(
                        special.skuId(),
                        PackKind.BOX,
                        10,
                        Grade.SPECIAL,
                        new PriceTier(10, new BigDecimal("55.00")),
                        new PriceTier(50, new BigDecimal("50.00"))));
        wholesale.saveOffer(
                orchard.staff(),
                offer(bagged.skuId(), PackKind.BAG, 50, Grade.FIRST, new PriceTier(50, new BigDecimal("26.00"))));
        wholesale.saveOffer(
                walnuts.staff(),
                offer(soldOut.skuId(), PackKind.BOX, 2, null, new PriceTier(2, new BigDecimal("45.00"))));
        buyerLogin = "133" + String.format("%08d", (run * 37 + 1) % 100_000_000L);
        verified(1, buyerLogin);
        await().atMost(INDEXED)
                .until(() -> found(buyer(), "region=" + ORCHARD_VILLAGE).size() == 2);
    }

    @Test
    void theCatalogueListsWholesaleProductsWithTheirFilters() throws IOException {
        FormClient buyer = buyer();
        assertThat(found(buyer, "region=" + ORCHARD_VILLAGE))
                .as("only what is offered wholesale")
                .containsExactlyInAnyOrder(special.id(), bagged.id())
                .doesNotContain(retailOnly.id());
        assertThat(found(buyer, "region=" + ORCHARD_VILLAGE + "&grade=SPECIAL")).containsExactly(special.id());
        assertThat(found(buyer, "region=" + ORCHARD_VILLAGE + "&grade=SPECIAL&grade=FIRST"))
                .containsExactlyInAnyOrder(special.id(), bagged.id());
        assertThat(found(buyer, "region=" + ORCHARD_VILLAGE + "&pack=BAG")).containsExactly(bagged.id());
        assertThat(found(buyer, "region=" + ORCHARD_VILLAGE + "&moq=20")).containsExactly(special.id());
        assertThat(found(buyer, "region=" + WALNUT_VILLAGE)).containsExactly(soldOut.id());
        assertThat(found(buyer, "region=" + WALNUT_VILLAGE + "&inStock=true"))
                .as("no stock")
                .isEmpty();

        String page =
                buyer.get("/wholesale/catalogue?region=" + ORCHARD_VILLAGE).body();
        assertThat(page)
                .contains("tiers-" + special.skuId(), "≥ 50 箱", "¥50.00/箱", "¥55.00/箱", "10 箱起订")
                .contains("quick-order-" + special.skuId())
                .as("the grade facet counts each grade once")
                .contains("grade-SPECIAL", "grade-FIRST", "pack-BAG");
        assertThat(buyer.get("/wholesale/quick-order?sku=" + special.skuId() + "&packs=10")
                        .body())
                .contains(special.skuId() + ",10");

        HttpResponse<String> api = buyer.get("/api/v1/wholesale/catalogue?region=" + ORCHARD_VILLAGE + "&grade=FIRST");
        assertThat(api.code()).isEqualTo(200);
        JsonNode answer = json.readValue(api.body(), JsonNode.class);
        assertThat(answer.get("result").get("total").getLongValue()).isEqualTo(1);
        assertThat(answer.get("offers").get(0).get("offer").get("minPacks").getIntValue())
                .isEqualTo(50);
        assertThat(answer.get("result").get("facets").get("grade").size()).isEqualTo(2);
    }

    @Test
    void badFiltersAreNamedAndNobodyButVerifiedBuyersSeesTheCatalogue() {
        FormClient buyer = buyer();
        for (String bad : List.of("grade=FOURTH", "pack=CRATE", "moq=0", "moq=many")) {
            HttpResponse<String> refused = buyer.get("/wholesale/catalogue?" + bad);
            assertThat(refused.code()).as(bad).isEqualTo(422);
            assertThat(refused.body()).contains(bad.substring(0, bad.indexOf('=')));
        }
        String consumerLogin = "133" + String.format("%08d", (run * 37 + 5) % 100_000_000L);
        market.aConsumer(consumerLogin, "consumer-2026-pw");
        FormClient consumer = FormClient.signIn(http, consumerLogin, "consumer-2026-pw");
        assertThat(consumer.get("/wholesale/catalogue").code()).isEqualTo(403);
        assertThat(consumer.get("/api/v1/wholesale/catalogue").code()).isEqualTo(403);
        String product = consumer.get("/products/" + special.id()).body();
        assertThat(product).doesNotContain("wholesale-offers", "¥55.00/箱");
        assertThat(FormClient.send(http, HttpRequest.GET("/wholesale/catalogue"))
                        .code())
                .as("anonymous: sent to sign in")
                .isIn(303, 401);
    }

    @Test
    void aProductPageShowsABuyerTheTierTableTheBaseAndTheOrganisationsPrice() throws IOException {
        wholesale.saveProducingBase(
                orchard.staff(),
                new ProducingBaseCommand(
                        "洛川凤栖苹果基地", LUOCHUAN + "101000", "旧县镇苹果村", new BigDecimal("1200"), List.of(10, 9)));
        wholesale.savePriceList(
                orchard.staff(),
                new PriceListCommand(
                        "餐饮协议价",
                        OrganisationKind.RESTAURANT,
                        null,
                        LocalDate.now().minusDays(1),
                        null,
                        List.of(new ListPrice(special.skuId(), new BigDecimal("48.00"))),
                        null));
        FormClient buyer = buyer();
        String page = buyer.get("/products/" + special.id()).body();
        assertThat(page)
                .contains("wholesale-offers", "tiers-" + special.skuId(), "¥55.00/箱", "¥50.00/箱")
                .contains("洛川凤栖苹果基地", "陕西省 延安市 洛川县 旧县镇", "年产 1200 吨", "9,10 月采收")
                .contains("贵单位价：¥48.00/箱（餐饮协议价）");
        assertThat(buyer.get("/shops/" + orchard.slug()).body()).contains("producing-base", "洛川凤栖苹果基地");
        await().atMost(INDEXED)
                .until(() -> found(buyer, "base=" + orchard.slug()).size() == 2);
        assertThat(found(buyer, "base=" + walnuts.slug()))
                .as("a shop without a base")
                .isEmpty();
        assertThat(buyer.get("/wholesale/catalogue?region=" + ORCHARD_VILLAGE).body())
                .contains("base-" + orchard.slug());
    }

    @Test
    void aShopDescribesItsBaseOnItsPageOrThroughTheApi() throws IOException {
        FormClient staff = FormClient.signIn(http, staffLogin, "catalogue-staff-2026");
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(
                Map.entry("name", "洛川南塬基地"),
                Map.entry("province", "610000000000"),
                Map.entry("city", "610600000000"),
                Map.entry("county", "610629000000"),
                Map.entry("address", "南塬 1 号"),
                Map.entry("capacity", "-3"),
                Map.entry("month", "10")));
        HttpResponse<String> refused = staff.post("/coop/wholesale/base", form);
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("年产量请填写大于 0", "洛川南塬基地");
        assertThat(staff.get("/api/v1/coop/wholesale-base").body()).doesNotContain("洛川南塬基地");

        form.set(5, Map.entry("capacity", "800.5"));
        assertThat(staff.post("/coop/wholesale/base", form).code()).isEqualTo(303);
        assertThat(staff.get("/coop/wholesale").body()).contains("base-saved", "洛川南塬基地", "800.5");

        HttpResponse<String> aCity = put(
                staff,
                "/api/v1/coop/wholesale-base",
                "{\"name\":\"城区\",\"regionCode\":\"610600\",\"address\":\"市区\",\"capacityTonnes\":5,"
                        + "\"harvestMonths\":[10]}");
        assertThat(aCity.code()).as("a city is no base's place").isEqualTo(422);
        HttpResponse<String> noMonths = put(
                staff,
                "/api/v1/coop/wholesale-base",
                "{\"name\":\"无月份\",\"regionCode\":\"610629\",\"address\":\"南塬\",\"capacityTonnes\":5,"
                        + "\"harvestMonths\":[13]}");
        assertThat(noMonths.code()).isEqualTo(422);
        HttpResponse<String> saved = put(
                staff,
                "/api/v1/coop/wholesale-base",
                "{\"name\":\"洛川凤栖苹果基地\",\"regionCode\":\"610629\",\"address\":\"凤栖街道苹果村\","
                        + "\"capacityTonnes\":1200,\"harvestMonths\":[9,10]}");
        assertThat(saved.code()).as(saved.body()).isEqualTo(200);
        JsonNode base = json.readValue(staff.get("/api/v1/coop/wholesale-base").body(), JsonNode.class);
        assertThat(base.get("regionName").getStringValue()).isEqualTo("陕西省 延安市 洛川县");
        assertThat(base.get("harvestMonths").size()).isEqualTo(2);
        assertThat(put(buyer(), "/api/v1/coop/wholesale-base", "{}").code()).isEqualTo(403);
    }

    private static HttpResponse<String> put(FormClient client, String uri, String body) {
        return client.json(HttpRequest.PUT(uri, body).contentType(MediaType.APPLICATION_JSON_TYPE), true);
    }

    private List<Long> found(FormClient buyer, String filters) throws IOException {
        HttpResponse<String> answer = buyer.get("/api/v1/wholesale/catalogue?" + filters);
        assertThat(answer.code()).as(answer.body()).isEqualTo(200);
        JsonNode items =
                json.readValue(answer.body(), JsonNode.class).get("result").get("items");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ids.add(items.get(i).get("id").getLongValue());
        }
        return ids;
    }

    private FormClient buyer() {
        return FormClient.signIn(http, buyerLogin, "catalogue-buyer-26");
    }

    private static OfferCommand offer(long sku, PackKind pack, int min, Grade grade, PriceTier... tiers) {
        return new OfferCommand(sku, pack, 5000, min, min, null, List.of(tiers), grade, null, null, null);
    }

    private Actor verified(int n, String login) {
        return WholesaleFixtures.verifiedBuyer(
                wholesale,
                accounts,
                "洛川餐饮" + n,
                OrganisationKind.RESTAURANT,
                LUOCHUAN,
                "餐饮路 " + n + " 号",
                login,
                "catalogue-buyer-26");
    }
}
