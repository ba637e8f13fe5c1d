package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.search.SearchApi;
import org.techan.search.fixtures.SearchIndexFixture;

@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPagesTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "621102100201";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    JsonMapper json;

    @Inject
    Accounts accounts;

    @Inject
    SearchApi search;

    @Inject
    SearchIndexFixture index;

    @BeforeAll
    void dingxi() throws IOException, InterruptedException {
        market.regions(VILLAGE, "甘肃省/Gansu", "定西市/Dingxi", "安定区/Anding", "凤翔镇", "马铃薯村");
        TestMarketplace.Shop potatoShop = market.aShop("dingxi-potato")
                .named("定西马铃薯专业合作社")
                .inVillage(VILLAGE)
                .selling("马铃薯")
                .contact("王强", "13909320000")
                .staff("dingxi-potato.staff", "potato-2026-pw")
                .open();
        product(potatoShop, "vegetables", "定西马铃薯", "Dingxi potatoes", "29.90", 100);
        product(potatoShop, "grains", "定西马铃薯淀粉", "Dingxi potato starch", "45.00", 0);
        product(potatoShop, "grains", "安定区手工粉条", "Anding hand-made potato noodles", "36.00", 20);
        index.rebuildNow();
        assertThat(indexed()).isTrue();
    }

    /** All three in the index, not merely found by the catalog fallback while the index is being built. */
    private boolean indexed() throws IOException {
        JsonNode result = api("/api/v1/search?q=" + encode("定西"));
        return !result.get("fallback").getBooleanValue() && result.get("total").getLongValue() == 3;
    }

    @Test
    void shouldAnswerTheSearchApiWithItemsTotalAndFacets() throws IOException {
        JsonNode result = api("/api/v1/search?q=dingxi+malingshu&category=vegetables");

        assertThat(result.get("total").getLongValue()).isEqualTo(1);
        assertThat(result.get("items").get(0).get("titleZh").getStringValue()).isEqualTo("定西马铃薯");
        assertThat(new BigDecimal(
                        result.get("items").get(0).get("priceFrom").getValue().toString()))
                .isEqualByComparingTo("29.90");
        assertThat(result.get("fallback").getBooleanValue()).isFalse();
        JsonNode categories = result.get("facets").get("category");
        assertThat(List.of(
                        categories.get(0).get("value").getStringValue(),
                        categories.get(1).get("value").getStringValue()))
                .containsExactlyInAnyOrder("vegetables", "grains");

        JsonNode inStockGrains = api("/api/v1/search?q=" + encode("定西 马铃薯") + "&category=grains&inStock=true");
        // The noodles match through their shop and region (定西); the starch is sold out.
        assertThat(inStockGrains.get("total").getLongValue()).isEqualTo(1);
        assertThat(inStockGrains.get("items").get(0).get("titleZh").getStringValue())
                .isEqualTo("安定区手工粉条");
        JsonNode byInitials = api("/api/v1/search?q=dxmls&region=62");
        assertThat(byInitials.get("items").get(0).get("titleZh").getStringValue())
                .isEqualTo("定西马铃薯");
    }

    @Test
    void shouldExplainBadSearchParametersIn422() {
        HttpClientResponseException sort = failure("/api/v1/search?q=x&sort=cheapest", "en");
        HttpClientResponseException price = failure("/api/v1/search?priceMin=abc", "zh-CN");
        HttpClientResponseException region = failure("/api/v1/search?region=gansu", "en");
        HttpClientResponseException page = failure("/search?q=x&inStock=maybe", "zh-CN");

        assertThat(sort.getStatus().getCode()).isEqualTo(422);
        assertThat(sort.getResponse().getBody(String.class).orElseThrow())
                .contains("The search filter sort cannot be \\\"cheapest\\\"");
        assertThat(price.getStatus().getCode()).isEqualTo(422);
        assertThat(price.getResponse().getBody(String.class).orElseThrow()).contains("搜索条件 priceMin 的值“abc”无效");
        assertThat(region.getStatus().getCode()).isEqualTo(422);
        assertThat(page.getStatus().getCode()).isEqualTo(422);
        assertThat(page.getResponse().getBody(String.class).orElseThrow()).contains("搜索条件 inStock 的值“maybe”无效");
    }

    @Test
    void shouldShowResultsFacetsAndPagesThatKeepTheQuery() {
        String chinese = page("/search?q=" + encode("定西"));
        String english = page("/search?q=" + encode("定西") + "&lang=en&category=grains");
        String second = page("/search?q=" + encode("定西") + "&size=1&page=1");

        assertThat(chinese).contains("“定西”的搜索结果", "定西马铃薯", "定西马铃薯淀粉", "分类", "蔬菜", "id=\"category-grains\"");
        assertThat(english).contains("Results for", "Dingxi potato starch", "Category");
        assertThat(english).doesNotContain("Dingxi potatoes</a>");
        assertThat(second).contains("第 2 /", "size=1&amp;page=0", "size=1&amp;page=2");
    }

    @Test
    void shouldSuggestInSeasonProductsAndTheNearestReadingWhenNothingMatches() {
        String nothing = page("/search?q=" + encode("宇宙飞船"));
        String homophone = page("/search?q=" + encode("定西马玲薯"));

        assertThat(nothing).contains("共 0 件商品", "没有找到匹配的商品");
        assertThat(homophone).contains("id=\"did-you-mean\"", "你是不是要找：定西马铃薯");
    }

    @Test
    void shouldLetOperatorsWatchTheIndexAndRebuildItWithoutDowntime() throws InterruptedException, IOException {
        accounts.register(new RegisterAccountCommand("dingxi.ops", "operator-2026", "运营小定", Role.OPERATOR));
        FormClient operator = FormClient.signIn(http, "dingxi.ops", "operator-2026");
        FormClient staff = FormClient.signIn(http, "dingxi-potato.staff", "potato-2026-pw");
        String before = operator.get("/ops/search").body();
        assertThat(before).contains("等待索引的商品", "重建索引（不停机）");
        index.awaitNoRebuild();
        String liveBefore = search.rebuildProgress().liveIndex();

        HttpResponse<String> started = operator.post("/ops/search/rebuild", List.of());
        assertThat(started.code()).isEqualTo(303);
        // Queries keep answering while the new index fills.
        assertThat(page("/search?q=" + encode("定西"))).contains("定西马铃薯");
        index.awaitNoRebuild();
        String after = operator.get("/ops/search?lang=en").body();
        assertThat(after).contains("Done", "100%");
        assertThat(search.rebuildProgress().liveIndex()).isNotEqualTo(liveBefore);
        assertThat(page("/search?q=" + encode("定西"))).contains("定西马铃薯");

        assertThat(after).contains("synonym groups in use");
        Path synonyms = Path.of(search.synonyms().file());
        List<String> original = Files.readAllLines(synonyms);
        try {
            Files.writeString(synonyms, "一个词\n", StandardOpenOption.APPEND);
            HttpResponse<String> malformed = operator.post("/ops/search/synonyms/reload", List.of());
            assertThat(malformed.code()).isEqualTo(422);
            assertThat(malformed.body()).contains("同义词文件第 " + (original.size() + 1) + " 行有误");
            Files.write(synonyms, original);
            Files.writeString(synonyms, "马铃薯, 地蛋\n", StandardOpenOption.APPEND);
            assertThat(operator.post("/ops/search/synonyms/reload", List.of()).code())
                    .isEqualTo(303);
            assertThat(api("/api/v1/search?q=" + encode("地蛋"))
                            .get("items")
                            .get(0)
                            .get("titleZh")
                            .getStringValue())
                    .startsWith("定西马铃薯");
        } finally {
            Files.write(synonyms, original);
            search.reloadSynonyms(OPERATOR);
        }
        assertThat(staff.post("/ops/search/synonyms/reload", List.of()).code()).isEqualTo(403);
        assertThat(staff.get("/ops/search").code()).isEqualTo(403);
        assertThat(staff.post("/ops/search/rebuild", List.of()).code()).isEqualTo(403);
    }

    private void product(
            TestMarketplace.Shop shop, String category, String title, String titleEn, String price, int stock) {
        TestMarketplace.ProductBuilder product = market.aProduct(shop, title)
                .inCategory(category)
                .titledInEnglish(titleEn)
                .describedAs(title + "，黄土高原出产。")
                .kept(TemperatureClass.AMBIENT, 90)
                .harvestedIn(9, 10)
                .sku(new SkuCommand("5 斤装", null, SaleUnit.BOX, 2500, new BigDecimal(price)));
        if (stock > 0) {
            product.withBatch(
                    stock,
                    org.techan.platform.MarketCalendar.today(java.time.Clock.systemUTC())
                            .minusDays(10),
                    "凤翔镇三号地");
        }
        product.create();
    }

    private JsonNode api(String path) throws IOException {
        return json.readValue(http.toBlocking().retrieve(path), JsonNode.class);
    }

    private String page(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path));
    }

    private HttpClientResponseException failure(String path, String language) {
        return catchThrowableOfType(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.GET(path).header("Accept-Language", language), String.class));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
