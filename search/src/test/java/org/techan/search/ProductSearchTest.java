package org.techan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.techan.search.SearchCatalog.ANXI_VILLAGE;
import static org.techan.search.SearchCatalog.DANJIANGKOU_VILLAGE;
import static org.techan.search.SearchCatalog.YONGTAI_VILLAGE;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.OpenPavilionCommand;
import org.techan.catalog.RegionCode;
import org.techan.catalog.ShopStatus;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotAllowedException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.search.SearchCatalog.Product;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductSearchTest {

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace marketplace;

    @Inject
    SearchApi search;

    private SearchCatalog market;
    private final int thisMonth = MarketCalendar.today(Clock.systemUTC()).getMonthValue();

    @BeforeAll
    void marketplace() {
        market = new SearchCatalog(catalog, marketplace);
        market.regions();
        market.openShop("songkou-ligan", "嵩口李干专业合作社", YONGTAI_VILLAGE, "李干");
        market.openShop("anxi-tea", "安溪铁观音茶叶合作社", ANXI_VILLAGE, "铁观音");
        market.openShop("djk-orange", "丹江口蜜桔家庭农场", DANJIANGKOU_VILLAGE, "蜜桔");
        market.product(Product.of(
                "songkou-ligan", "dried-preserved-fruit", "永泰李干", "Yongtai dried plums", YONGTAI_VILLAGE, "38.00"));
        market.product(Product.of(
                        "songkou-ligan",
                        "dried-preserved-fruit",
                        "嵩口蜜饯礼盒",
                        "Songkou candied fruit gift box",
                        YONGTAI_VILLAGE,
                        "128.00")
                .helpingPovertyRelief());
        market.product(
                Product.of("anxi-tea", "tea", "安溪铁观音 特级 清香型", "Anxi Tieguanyin oolong tea", ANXI_VILLAGE, "268.00"));
        market.product(Product.of("anxi-tea", "tea", "福建茶叶 乌龙茶", "Fujian oolong tea", ANXI_VILLAGE, "88.00")
                .withStock(0));
        market.product(
                Product.of("djk-orange", "fresh-fruit", "丹江口蜜桔", "Danjiangkou tangerines", DANJIANGKOU_VILLAGE, "45.00")
                        .fresh(TemperatureClass.CHILLED, 20, List.of(thisMonth)));
        RebuildProgress rebuilt = search.rebuild(done -> {});
        assertThat(rebuilt.state()).isEqualTo(RebuildState.DONE);
        assertThat(rebuilt.done()).isEqualTo(5);
    }

    @Test
    void shouldFindChineseWithAndWithoutSpacesAcrossTitleShopAndRegion() {
        // The gift box matches too, through its shop 嵩口李干专业合作社 in 永泰县, but ranks below.
        assertThat(titles(SearchQuery.text("李干"))).containsExactly("永泰李干", "嵩口蜜饯礼盒");
        assertThat(titles(SearchQuery.text("永泰李干"))).containsExactly("永泰李干", "嵩口蜜饯礼盒");
        assertThat(titles(SearchQuery.text("永泰 李干"))).containsExactly("永泰李干", "嵩口蜜饯礼盒");
        assertThat(titles(SearchQuery.text("蜜饯"))).first().isEqualTo("嵩口蜜饯礼盒");
        assertThat(titles(SearchQuery.text("铁观音特级"))).containsExactly("安溪铁观音 特级 清香型");
        assertThat(titles(SearchQuery.text("福建茶叶"))).first().isEqualTo("福建茶叶 乌龙茶");
        assertThat(titles(SearchQuery.text("茶"))).containsExactlyInAnyOrder("安溪铁观音 特级 清香型", "福建茶叶 乌龙茶");
        assertThat(titles(SearchQuery.text("丹江口"))).containsExactly("丹江口蜜桔");
        assertThat(titles(SearchQuery.text("嵩口"))).containsExactlyInAnyOrder("永泰李干", "嵩口蜜饯礼盒");
    }

    @Test
    void shouldFindPinyinInitialsAndEnglish() {
        assertThat(titles(SearchQuery.text("yongtai ligan"))).first().isEqualTo("永泰李干");
        assertThat(titles(SearchQuery.text("yongtailigan"))).first().isEqualTo("永泰李干");
        assertThat(titles(SearchQuery.text("ytlg"))).containsExactly("永泰李干");
        assertThat(titles(SearchQuery.text("tieguanyin"))).first().isEqualTo("安溪铁观音 特级 清香型");
        assertThat(titles(SearchQuery.text("mijie"))).isEmpty();
        assertThat(titles(SearchQuery.text("miju"))).containsExactly("丹江口蜜桔");
        assertThat(titles(SearchQuery.text("dried plums"))).containsExactly("永泰李干");
        assertThat(titles(SearchQuery.text("oolong"))).hasSize(2);
        assertThat(titles(SearchQuery.text("tangerine"))).containsExactly("丹江口蜜桔");
    }

    @Test
    void shouldSuggestProductsShopsAndRegionsAsCharactersPinyinOrInitialsAreTyped() {
        assertThat(search.suggest("永泰", 5).products())
                .extracting(Suggestions.Product::titleZh)
                .first()
                .isEqualTo("永泰李干");
        assertThat(search.suggest("yongt", 5).products())
                .extracting(Suggestions.Product::titleZh)
                .contains("永泰李干");
        assertThat(search.suggest("ytl", 5).products())
                .extracting(Suggestions.Product::titleZh)
                .containsExactly("永泰李干");
        assertThat(search.suggest("李干", 5).products())
                .extracting(Suggestions.Product::titleZh)
                .contains("永泰李干");
        assertThat(search.suggest("Danjiang", 5).products())
                .extracting(Suggestions.Product::titleZh)
                .containsExactly("丹江口蜜桔");

        Suggestions shops = search.suggest("anxi", 5);
        assertThat(shops.shops()).extracting(Suggestions.Shop::slug).containsExactly("anxi-tea");
        assertThat(shops.shops().get(0).nameZh()).isEqualTo("安溪铁观音茶叶合作社");
        assertThat(shops.regions()).containsExactly(new Suggestions.Region("350524000000", "安溪县", "Anxi"));

        assertThat(search.suggest("yongtai", 5).regions())
                .extracting(Suggestions.Region::nameZh)
                .containsExactly("永泰县");
        assertThat(search.suggest("福建", 5).regions())
                .extracting(Suggestions.Region::code)
                .containsExactly("350000000000");
        assertThat(search.suggest("  ", 5)).isEqualTo(Suggestions.none());
    }

    @Test
    void shouldFindSynonymsFromTheFileAndReloadItWhenOperatorsEditIt() throws IOException {
        assertThat(titles(SearchQuery.text("李子干"))).first().isEqualTo("永泰李干");
        assertThat(titles(SearchQuery.text("橘子"))).containsExactly("丹江口蜜桔");
        assertThat(titles(SearchQuery.text("寿眉"))).isEmpty();

        Path file = Path.of(search.synonyms().file());
        List<String> original = Files.readAllLines(file);
        try {
            Files.writeString(file, "寿眉, 铁观音\n", StandardOpenOption.APPEND);
            assertThat(search.reloadSynonyms(SearchCatalog.OPERATOR).groups())
                    .isEqualTo(search.synonyms().groups());
            assertThat(titles(SearchQuery.text("寿眉"))).first().isEqualTo("安溪铁观音 特级 清香型");

            Files.writeString(file, "只有一个词\n", StandardOpenOption.APPEND);
            assertThatThrownBy(() -> search.reloadSynonyms(SearchCatalog.OPERATOR))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("search.synonyms.bad-line");
            assertThat(titles(SearchQuery.text("寿眉"))).first().isEqualTo("安溪铁观音 特级 清香型");
            assertThatThrownBy(() -> search.reloadSynonyms(new Actor(2, Role.SHOP_STAFF)))
                    .isInstanceOf(NotAllowedException.class);
        } finally {
            Files.write(file, original);
            search.reloadSynonyms(SearchCatalog.OPERATOR);
        }
    }

    @Test
    void shouldOfferWhatSameSoundingCharactersOrTyposFindWhenNothingMatches() {
        SearchResult homophone = search.search(SearchQuery.text("永太李干"));
        assertThat(homophone.items()).extracting(SearchHit::titleZh).first().isEqualTo("永泰李干");
        assertThat(homophone.didYouMean()).isEqualTo("永泰李干");

        SearchResult typo = search.search(SearchQuery.text("tangerins"));
        assertThat(typo.items()).extracting(SearchHit::titleZh).containsExactly("丹江口蜜桔");

        // Past the first page there is no looser reading to offer, and nothing to break.
        SearchResult secondPage = search.search(SearchQuery.text("永太李干").page(1, 20));
        assertThat(secondPage.fallback()).isFalse();
        assertThat(secondPage.items()).isEmpty();
        assertThat(secondPage.didYouMean()).isNull();

        SearchResult nothing = search.search(SearchQuery.text("大闸蟹"));
        assertThat(nothing.total()).isZero();
        assertThat(nothing.didYouMean()).isNull();
    }

    @Test
    void shouldFilterAndCountEachFacetUnderTheOtherFilters() {
        SearchResult everything = search.search(query(null, null, Set.of(), false, false));
        assertThat(everything.total()).isEqualTo(5);
        assertThat(everything.facets().category())
                .contains(
                        new FacetCount("tea", 2),
                        new FacetCount("dried-preserved-fruit", 2),
                        new FacetCount("fresh-fruit", 1));
        assertThat(everything.facets().region())
                .containsExactlyInAnyOrder(new FacetCount("350000000000", 4), new FacetCount("420000000000", 1));
        assertThat(everything.facets().pavilion()).contains(new FacetCount("fujian", 4));
        assertThat(everything.facets().inStock()).isEqualTo(4);
        assertThat(everything.facets().fresh()).isEqualTo(1);
        assertThat(everything.facets().inSeason()).isEqualTo(1);
        assertThat(everything.facets().povertyRelief()).isEqualTo(1);
        assertThat(everything.facets().price())
                .containsExactly(
                        new FacetCount("0-50", 2),
                        new FacetCount("50-100", 1),
                        new FacetCount("100-200", 1),
                        new FacetCount("200-", 1));

        SearchResult fujianTea = search.search(query("tea", RegionCode.parse("35"), Set.of(), false, false));
        assertThat(fujianTea.items())
                .extracting(SearchHit::titleZh)
                .containsExactlyInAnyOrder("安溪铁观音 特级 清香型", "福建茶叶 乌龙茶");
        // The category facet ignores the category filter: the other Fujian products still count.
        assertThat(fujianTea.facets().category()).contains(new FacetCount("dried-preserved-fruit", 2));
        // The region facet counts cities below Fujian, under the tea filter.
        assertThat(fujianTea.facets().region()).containsExactly(new FacetCount("350500000000", 2));

        SearchResult inStockTea = search.search(query("tea", null, Set.of(), true, false));
        assertThat(inStockTea.items()).extracting(SearchHit::titleZh).containsExactly("安溪铁观音 特级 清香型");
        assertThat(inStockTea.facets().inStock()).isEqualTo(1);

        SearchResult chilled = search.search(query(null, null, Set.of(TemperatureClass.CHILLED), false, true));
        assertThat(chilled.items()).extracting(SearchHit::titleZh).containsExactly("丹江口蜜桔");
        assertThat(chilled.facets().temperature()).containsExactlyInAnyOrder(new FacetCount("CHILLED", 1));
    }

    @Test
    void shouldSortNewestFirstAndBestSellingByRelevanceWhileNothingHasSold() {
        SearchQuery newest = SearchQuery.text("永泰").sortedBy(SearchSort.NEWEST).page(0, 10);
        SearchQuery bestSelling =
                SearchQuery.text("李干").sortedBy(SearchSort.BEST_SELLING).page(0, 10);
        List<Long> ids =
                search.search(newest).items().stream().map(SearchHit::id).toList();
        assertThat(ids).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(search.search(bestSelling).items())
                .extracting(SearchHit::titleZh)
                .first()
                .isEqualTo("永泰李干");
    }

    @Test
    void shouldSortByPriceAndPageWithoutOverlap() {
        SearchQuery cheapest =
                SearchQuery.everything().sortedBy(SearchSort.PRICE_ASCENDING).page(0, 2);
        SearchQuery next =
                SearchQuery.everything().sortedBy(SearchSort.PRICE_ASCENDING).page(1, 2);
        assertThat(search.search(cheapest).items())
                .extracting(SearchHit::titleZh)
                .containsExactly("永泰李干", "丹江口蜜桔");
        assertThat(search.search(next).items()).extracting(SearchHit::titleZh).containsExactly("福建茶叶 乌龙茶", "嵩口蜜饯礼盒");
        assertThat(search.search(cheapest).items().get(0).priceFrom()).isEqualByComparingTo("38.00");

        SearchQuery band = SearchQuery.everything()
                .pricedBetween(new BigDecimal("40"), new BigDecimal("100"))
                .sortedBy(SearchSort.PRICE_DESCENDING)
                .page(0, 10);
        assertThat(search.search(band).items()).extracting(SearchHit::titleZh).containsExactly("福建茶叶 乌龙茶", "丹江口蜜桔");
    }

    @Test
    void shouldRefuseBadPagesAndPriceRanges() {
        SearchQuery tooBig = SearchQuery.everything().page(0, 101);
        SearchQuery inverted = SearchQuery.everything()
                .pricedBetween(new BigDecimal("100"), new BigDecimal("10"))
                .page(0, 10);
        assertThatThrownBy(() -> search.search(tooBig)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> search.search(inverted)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void shouldMakeCatalogChangesSearchableWithinSecondsAndSurviveARebuild() throws InterruptedException {
        long honey = market.product(
                Product.of("songkou-ligan", "honey", "永泰野生蜂蜜", "Yongtai wild honey", YONGTAI_VILLAGE, "66.00"));
        awaitTitles("蜂蜜", titles -> titles.contains("永泰野生蜂蜜"));

        String before = search.rebuildProgress().liveIndex();
        RebuildProgress second = search.rebuild(done -> {});
        assertThat(second.liveIndex()).isNotEqualTo(before);
        assertThat(titles(SearchQuery.text("蜂蜜"))).containsExactly("永泰野生蜂蜜");

        catalog.unpublishProduct(market.staffOf("songkou-ligan"), honey);
        awaitTitles("蜂蜜", List::isEmpty);
        assertThat(search.indexingLag().waiting()).isZero();
    }

    @Test
    void shouldPutProductsIntoAPavilionOpenedAfterTheyWereIndexed() throws InterruptedException {
        catalog.openPavilion(
                SearchCatalog.OPERATOR,
                new OpenPavilionCommand("anxi", "350524", "安溪馆", "Anxi Pavilion", null, null, null));
        SearchQuery inAnxi = SearchQuery.everything().inPavilion("anxi");
        await().atMost(Duration.ofSeconds(15)).until(() -> search.search(inAnxi).total() >= 2);
        assertThat(search.search(inAnxi).items())
                .extracting(SearchHit::titleZh)
                .contains("安溪铁观音 特级 清香型", "福建茶叶 乌龙茶")
                .doesNotContain("永泰李干");
    }

    @Test
    void shouldHideAShopsProductsWhileItIsSuspended() throws InterruptedException {
        market.openShop("tongshan-tea", "通山茶农合作社", ANXI_VILLAGE, "白茶");
        market.product(Product.of("tongshan-tea", "tea", "通山白茶", "Tongshan white tea", ANXI_VILLAGE, "99.00"));
        awaitTitles("白茶", titles -> titles.contains("通山白茶"));

        catalog.changeShopStatus(SearchCatalog.OPERATOR, "tongshan-tea", ShopStatus.SUSPENDED);
        awaitTitles("白茶", List::isEmpty);
    }

    @Test
    void shouldRunOneRebuildAtATime() {
        search.startRebuild(SearchCatalog.OPERATOR);
        try {
            assertThatThrownBy(() -> search.rebuild(done -> {})).isInstanceOf(ConflictException.class);
        } finally {
            Instant deadline = Instant.now().plusSeconds(30);
            while (search.rebuildProgress().state() == RebuildState.RUNNING
                    && Instant.now().isBefore(deadline)) {
                Thread.onSpinWait();
            }
        }
        assertThat(search.rebuildProgress().state()).isEqualTo(RebuildState.DONE);
    }

    private SearchQuery query(
            String category, RegionCode region, Set<TemperatureClass> temperatures, boolean inStock, boolean fresh) {
        return SearchQuery.everything()
                .inCategory(category)
                .inRegion(region)
                .kept(temperatures)
                .only(inStock, fresh, false, false);
    }

    private List<String> titles(SearchQuery query) {
        SearchResult result = search.search(query);
        assertThat(result.fallback()).isFalse();
        if (result.didYouMean() != null) {
            return List.of();
        }
        return result.items().stream().map(SearchHit::titleZh).toList();
    }

    private void awaitTitles(String text, Predicate<List<String>> condition) throws InterruptedException {
        List<String> titles =
                await().atMost(Duration.ofSeconds(15)).until(() -> titles(SearchQuery.text(text)), condition);
        assertThat(condition).accepts(titles);
    }
}
