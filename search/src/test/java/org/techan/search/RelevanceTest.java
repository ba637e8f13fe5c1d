package org.techan.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.techan.catalog.AddRegionCommand;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.CertificateKind;
import org.techan.catalog.RegionCode;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.search.SearchCatalog.Product;
import org.techan.testsupport.TestInfrastructure;

/**
 * The relevance set: queries shoppers type (Chinese with and without spaces, English, pinyin,
 * initials, typos, synonyms, filters) against a marketplace of real specialties, each with the
 * results it must put first. Runs against the real engine; a change to analysis or scoring that
 * breaks one of these is a regression.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceTest implements TestPropertyProvider {

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace marketplace;

    @Inject
    SearchApi search;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", TestInfrastructure.separateDatabase("relevance"),
                "elasticsearch.index-prefix", TestInfrastructure.separateIndexPrefix("relevance"));
    }

    @BeforeAll
    void specialties() {
        SearchCatalog market = new SearchCatalog(catalog, marketplace);
        Map<String, String> villages = regions();
        Map<String, String> shops = new HashMap<>();
        villages.forEach((place, village) -> {
            String slug = "coop-" + village;
            market.openShop(slug, place + "特产合作社", village, "特产");
            shops.put(place, slug);
        });
        for (Object[] p : PRODUCTS) {
            String place = (String) p[0];
            Product product = new Product(
                    shops.get(place),
                    (String) p[1],
                    (String) p[2],
                    (String) p[3],
                    p[2] + "，" + place + "原产地直发。",
                    villages.get(place),
                    (TemperatureClass) p[5],
                    p[5] == TemperatureClass.AMBIENT ? 180 : 15,
                    List.of(6, 7, 8),
                    false,
                    (String) p[4],
                    (Integer) p[6]);
            market.product(product);
        }
        assertThat(search.rebuild(done -> {}).done()).isEqualTo(PRODUCTS.length);
    }

    /** Place, category, Chinese title, English title, price, kept, stock. */
    private static final Object[][] PRODUCTS = {
        {"永泰", "dried-preserved-fruit", "永泰李干", "Yongtai dried plums", "38.00", TemperatureClass.AMBIENT, 50},
        {
            "永泰",
            "dried-preserved-fruit",
            "永泰蜜饯礼盒",
            "Yongtai candied fruit gift box",
            "128.00",
            TemperatureClass.AMBIENT,
            50
        },
        {"永泰", "fresh-fruit", "嵩口芙蓉李", "Songkou Furong plums", "45.00", TemperatureClass.CHILLED, 50},
        {"永泰", "edible-oils", "永泰茶油", "Yongtai camellia oil", "158.00", TemperatureClass.AMBIENT, 50},
        {"永泰", "tea", "永泰绿茶", "Yongtai green tea", "58.00", TemperatureClass.AMBIENT, 0},
        {"安溪", "tea", "安溪铁观音 清香型", "Anxi Tieguanyin oolong, light aroma", "268.00", TemperatureClass.AMBIENT, 50},
        {"安溪", "tea", "安溪铁观音 浓香型", "Anxi Tieguanyin oolong, strong aroma", "238.00", TemperatureClass.AMBIENT, 50},
        {"安溪", "tea", "安溪红茶", "Anxi black tea", "128.00", TemperatureClass.AMBIENT, 50},
        {"古田", "edible-fungi", "古田银耳", "Gutian white fungus", "39.00", TemperatureClass.AMBIENT, 50},
        {"古田", "edible-fungi", "古田香菇", "Gutian shiitake mushrooms", "49.00", TemperatureClass.AMBIENT, 50},
        {"古田", "honey", "古田土蜂蜜", "Gutian wild honey", "78.00", TemperatureClass.AMBIENT, 50},
        {"阳澄湖", "aquatic-products", "阳澄湖大闸蟹", "Yangcheng Lake hairy crabs", "398.00", TemperatureClass.CHILLED, 50},
        {"盱眙", "aquatic-products", "盱眙龙虾", "Xuyi crayfish", "168.00", TemperatureClass.FROZEN, 50},
        {"盱眙", "vegetables", "盱眙红薯", "Xuyi sweet potatoes", "12.00", TemperatureClass.AMBIENT, 50},
        {"孟津", "tea", "洛阳牡丹花茶", "Luoyang peony flower tea", "88.00", TemperatureClass.AMBIENT, 50},
        {"孟津", "edible-oils", "洛阳牡丹籽油", "Luoyang peony seed oil", "198.00", TemperatureClass.AMBIENT, 50},
        {"潜江", "aquatic-products", "潜江小龙虾", "Qianjiang crayfish", "158.00", TemperatureClass.FROZEN, 50},
        {"潜江", "grains", "潜江虾稻米", "Qianjiang shrimp-paddy rice", "59.00", TemperatureClass.AMBIENT, 50},
        {"来凤", "tea", "来凤藤茶", "Laifeng vine tea", "68.00", TemperatureClass.AMBIENT, 50},
        {"来凤", "vegetables", "来凤生姜", "Laifeng ginger", "19.00", TemperatureClass.AMBIENT, 50},
        {"丹江口", "fresh-fruit", "丹江口蜜桔", "Danjiangkou tangerines", "45.00", TemperatureClass.CHILLED, 50},
        {"丹江口", "dried-preserved-fruit", "丹江口核桃", "Danjiangkou walnuts", "66.00", TemperatureClass.AMBIENT, 50},
        {"枣阳", "fresh-fruit", "枣阳桃子", "Zaoyang peaches", "36.00", TemperatureClass.CHILLED, 50},
        {"枣阳", "vegetables", "枣阳土豆", "Zaoyang potatoes", "15.00", TemperatureClass.AMBIENT, 50},
    };

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        // Chinese without spaces
        cases.add(top("李干", "永泰李干"));
        cases.add(top("永泰李干", "永泰李干"));
        cases.add(topSet("铁观音", "安溪铁观音 清香型", "安溪铁观音 浓香型"));
        cases.add(top("铁观音浓香", "安溪铁观音 浓香型"));
        cases.add(top("银耳", "古田银耳"));
        cases.add(top("大闸蟹", "阳澄湖大闸蟹"));
        cases.add(top("阳澄湖", "阳澄湖大闸蟹"));
        cases.add(topSet("龙虾", "盱眙龙虾", "潜江小龙虾"));
        cases.add(top("小龙虾", "潜江小龙虾"));
        cases.add(topSet("牡丹", "洛阳牡丹花茶", "洛阳牡丹籽油"));
        cases.add(top("牡丹籽油", "洛阳牡丹籽油"));
        cases.add(top("藤茶", "来凤藤茶"));
        cases.add(top("蜜桔", "丹江口蜜桔"));
        cases.add(top("茶油", "永泰茶油"));
        cases.add(top("蜂蜜", "古田土蜂蜜"));
        cases.add(top("香菇", "古田香菇"));
        // Chinese with spaces, and places
        cases.add(top("永泰 李干", "永泰李干"));
        cases.add(top("安溪 红茶", "安溪红茶"));
        cases.add(top("洛阳 牡丹 花茶", "洛阳牡丹花茶"));
        cases.add(top("潜江 龙虾", "潜江小龙虾"));
        cases.add(topSet("古田", "古田银耳", "古田香菇", "古田土蜂蜜"));
        cases.add(topSet("来凤", "来凤藤茶", "来凤生姜"));
        // English
        cases.add(top("dried plums", "永泰李干"));
        cases.add(top("hairy crab", "阳澄湖大闸蟹"));
        cases.add(topSet("crayfish", "盱眙龙虾", "潜江小龙虾"));
        cases.add(top("peony oil", "洛阳牡丹籽油"));
        cases.add(top("white fungus", "古田银耳"));
        cases.add(top("walnuts", "丹江口核桃"));
        cases.add(top("black tea", "安溪红茶"));
        // Pinyin and initials
        cases.add(top("yongtai ligan", "永泰李干"));
        cases.add(topSet("tieguanyin", "安溪铁观音 清香型", "安溪铁观音 浓香型"));
        cases.add(top("yiner", "古田银耳"));
        cases.add(top("dazhaxie", "阳澄湖大闸蟹"));
        cases.add(top("xiaolongxia", "潜江小龙虾"));
        cases.add(top("laifeng tengcha", "来凤藤茶"));
        cases.add(top("ytlg", "永泰李干"));
        cases.add(top("dzx", "阳澄湖大闸蟹"));
        cases.add(top("gtye", "古田银耳"));
        // Typos and same-sounding characters
        cases.add(top("永太李干", "永泰李干"));
        cases.add(top("tangerins", "丹江口蜜桔"));
        cases.add(top("shitake", "古田香菇"));
        cases.add(top("古田香姑", "古田香菇"));
        // Synonyms from the bundled file
        cases.add(top("马铃薯", "枣阳土豆"));
        cases.add(top("地瓜", "盱眙红薯"));
        cases.add(top("河蟹", "阳澄湖大闸蟹"));
        cases.add(top("番薯", "盱眙红薯"));
        // Filters, facets and sorting
        cases.add(exactly(filtered("龙虾", null, RegionCode.parse("42"), Set.of(), false, null), "潜江小龙虾"));
        cases.add(exactly(
                filtered(null, "aquatic-products", null, Set.of(TemperatureClass.FROZEN), false, null),
                "盱眙龙虾",
                "潜江小龙虾"));
        cases.add(exactly(
                filtered("茶", "tea", null, Set.of(), true, null), "安溪铁观音 清香型", "安溪铁观音 浓香型", "安溪红茶", "洛阳牡丹花茶", "来凤藤茶"));
        cases.add(exactly(
                filtered(null, "fresh-fruit", null, Set.of(), false, new BigDecimal("50")), "嵩口芙蓉李", "丹江口蜜桔", "枣阳桃子"));
        cases.add(Arguments.of(
                "tea by price, lowest first",
                SearchQuery.everything()
                        .inCategory("tea")
                        .sortedBy(SearchSort.PRICE_ASCENDING)
                        .page(0, 3),
                List.of("永泰绿茶", "来凤藤茶", "洛阳牡丹花茶"),
                Expectation.IN_ORDER));
        cases.add(exactly(SearchQuery.text("永泰")
                .certified(Set.of(CertificateKind.ORGANIC))
                .page(0, 10)));
        return cases.stream();
    }

    enum Expectation {
        /** The first result is the first title. */
        FIRST,
        /** The first results are these titles, in any order. */
        FIRST_ANY_ORDER,
        /** The results are exactly these titles, in any order. */
        EXACTLY,
        /** The results start with these titles, in this order. */
        IN_ORDER
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldPutTheExpectedProductsFirst(String name, SearchQuery query, List<String> expected, Expectation kind) {
        SearchResult result = search.search(query);
        List<String> titles = result.items().stream().map(SearchHit::titleZh).toList();
        assertThat(result.fallback()).isFalse();
        switch (kind) {
            case FIRST -> assertThat(titles).as(name).first().isEqualTo(expected.get(0));
            case FIRST_ANY_ORDER -> assertThat(titles.subList(0, Math.min(expected.size(), titles.size())))
                    .as(name)
                    .containsExactlyInAnyOrderElementsOf(expected);
            case EXACTLY -> assertThat(titles).as(name).containsExactlyInAnyOrderElementsOf(expected);
            case IN_ORDER -> assertThat(titles).as(name).startsWith(expected.toArray(String[]::new));
        }
    }

    private static Arguments top(String text, String title) {
        return Arguments.of(text, SearchQuery.text(text), List.of(title), Expectation.FIRST);
    }

    private static Arguments topSet(String text, String... titles) {
        return Arguments.of(text, SearchQuery.text(text), List.of(titles), Expectation.FIRST_ANY_ORDER);
    }

    private static Arguments exactly(SearchQuery query, String... titles) {
        return Arguments.of(describe(query), query, List.of(titles), Expectation.EXACTLY);
    }

    private static SearchQuery filtered(
            String text,
            String category,
            RegionCode region,
            Set<TemperatureClass> temperatures,
            boolean inStock,
            BigDecimal priceMax) {
        return SearchQuery.text(text)
                .inCategory(category)
                .inRegion(region)
                .kept(temperatures)
                .pricedBetween(null, priceMax)
                .only(inStock, false, false, false);
    }

    private static String describe(SearchQuery q) {
        return "q=" + q.text() + " category=" + q.category() + " region=" + q.region() + " temperatures="
                + q.temperatures() + " certificates=" + q.certificates() + " inStock=" + q.inStockOnly()
                + " priceMax=" + q.priceMax();
    }

    private Map<String, String> regions() {
        Map<String, String> villages = new java.util.LinkedHashMap<>();
        province("350000000000", "福建省", "Fujian");
        city("350100000000", "福州市", "Fuzhou");
        villages.put("永泰", place("350125", "永泰县", "Yongtai", "嵩口镇"));
        city("350500000000", "泉州市", "Quanzhou");
        villages.put("安溪", place("350524", "安溪县", "Anxi", "凤城镇"));
        city("350900000000", "宁德市", "Ningde");
        villages.put("古田", place("350922", "古田县", "Gutian", "城东街道"));
        province("320000000000", "江苏省", "Jiangsu");
        city("320500000000", "苏州市", "Suzhou");
        villages.put("阳澄湖", place("320507", "相城区", "Xiangcheng", "阳澄湖镇"));
        city("320800000000", "淮安市", "Huai'an");
        villages.put("盱眙", place("320830", "盱眙县", "Xuyi", "盱城街道"));
        province("410000000000", "河南省", "Henan");
        city("410300000000", "洛阳市", "Luoyang");
        villages.put("孟津", place("410308", "孟津区", "Mengjin", "城关镇"));
        province("420000000000", "湖北省", "Hubei");
        city("429000000000", "省直辖县级行政区划", null);
        villages.put("潜江", place("429005", "潜江市", "Qianjiang", "园林街道"));
        city("422800000000", "恩施土家族苗族自治州", "Enshi");
        villages.put("来凤", place("422827", "来凤县", "Laifeng", "翔凤镇"));
        city("420300000000", "十堰市", "Shiyan");
        villages.put("丹江口", place("420381", "丹江口市", "Danjiangkou", "均州路街道"));
        city("420600000000", "襄阳市", "Xiangyang");
        villages.put("枣阳", place("420683", "枣阳市", "Zaoyang", "北城街道"));
        return villages;
    }

    private void province(String code, String zh, String en) {
        catalog.addRegion(SearchCatalog.OPERATOR, new AddRegionCommand(code, zh, en));
    }

    private void city(String code, String zh, String en) {
        catalog.addRegion(SearchCatalog.OPERATOR, new AddRegionCommand(code, zh, en));
    }

    /** A county, one township of it and one village there; returns the village's code. */
    private String place(String county, String zh, String en, String township) {
        catalog.addRegion(SearchCatalog.OPERATOR, new AddRegionCommand(county + "000000", zh, en));
        catalog.addRegion(SearchCatalog.OPERATOR, new AddRegionCommand(county + "100000", township, null));
        catalog.addRegion(SearchCatalog.OPERATOR, new AddRegionCommand(county + "100201", "一村", null));
        return county + "100201";
    }
}
