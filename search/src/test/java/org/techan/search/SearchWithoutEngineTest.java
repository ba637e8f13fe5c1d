package org.techan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.techan.search.SearchCatalog.YONGTAI_VILLAGE;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.RegionCode;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.search.SearchCatalog.Product;
import org.techan.testsupport.TestInfrastructure;

/** The engine is unreachable (nothing listens on its port): search answers from the catalog and says so. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchWithoutEngineTest implements TestPropertyProvider {

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace marketplace;

    @Inject
    SearchApi search;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", TestInfrastructure.separateDatabase("no_engine"),
                "elasticsearch.url", "http://127.0.0.1:9",
                "elasticsearch.embedded-node", "false");
    }

    @BeforeAll
    void marketplace() {
        SearchCatalog market = new SearchCatalog(catalog, marketplace);
        market.regions();
        market.openShop("songkou-ligan", "嵩口李干专业合作社", YONGTAI_VILLAGE, "李干");
        market.product(Product.of(
                "songkou-ligan", "dried-preserved-fruit", "永泰李干", "Yongtai dried plums", YONGTAI_VILLAGE, "38.00"));
        market.product(Product.of("songkou-ligan", "honey", "永泰野生蜂蜜", "Yongtai wild honey", YONGTAI_VILLAGE, "66.00"));
    }

    @Test
    void shouldAnswerTitleCategoryAndRegionFromTheCatalogWithANotice() {
        SearchResult byTitle = search.search(SearchQuery.text("李干"));
        assertThat(byTitle.fallback()).isTrue();
        assertThat(byTitle.items()).extracting(SearchHit::titleZh).containsExactly("永泰李干");
        assertThat(byTitle.facets()).isEqualTo(Facets.none());

        SearchResult byEnglishTitle = search.search(SearchQuery.text("wild honey"));
        assertThat(byEnglishTitle.items()).extracting(SearchHit::titleZh).containsExactly("永泰野生蜂蜜");

        SearchResult byRegion = search.search(SearchQuery.everything()
                .inCategory("honey")
                .inRegion(RegionCode.parse("350125"))
                .certified(null)
                .kept(null)
                .page(0, 10));
        assertThat(byRegion.fallback()).isTrue();
        assertThat(byRegion.items()).extracting(SearchHit::titleZh).containsExactly("永泰野生蜂蜜");
    }

    @Test
    void shouldKeepChangesQueuedWhileTheEngineIsAway() {
        await().atMost(Duration.ofSeconds(10)).until(() -> search.indexingLag().waiting() >= 2);
    }
}
