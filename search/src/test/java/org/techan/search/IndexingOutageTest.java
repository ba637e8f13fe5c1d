package org.techan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techan.search.SearchCatalog.YONGTAI_VILLAGE;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.InspectionResult;
import org.techan.catalog.ReceiveBatchCommand;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SaveProductCommand;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.embedded.EmbeddedSearchNode;
import org.techan.platform.Actor;
import org.techan.search.SearchCatalog.Product;
import org.techan.testsupport.TestInfrastructure;

/**
 * The engine goes away while shops keep editing: searches fall back to the catalog, the edits
 * wait in the queue, and once the engine is back every one of them is indexed.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexingOutageTest implements TestPropertyProvider {

    private static final Path NODE_ROOT = Path.of("target", "outage-search-node");

    private EmbeddedSearchNode node;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace marketplace;

    @Inject
    SearchApi search;

    @Override
    public Map<String, String> getProperties() {
        node = EmbeddedSearchNode.start(NODE_ROOT, ProcessHandle.current().pid());
        return Map.of(
                "datasources.default.url", TestInfrastructure.separateDatabase("outage"),
                "elasticsearch.url", node.url(),
                "elasticsearch.embedded-node", "true",
                "elasticsearch.index-prefix", TestInfrastructure.separateIndexPrefix("outage"),
                // Asked again during the outage, a query must reach the fallback, not an answer kept from before it.
                "techan.search.results-ttl", "0s");
    }

    @AfterAll
    void stopNode() {
        node.close();
    }

    @Test
    void shouldIndexEveryEditMadeWhileTheEngineWasDownOnceItIsBack() throws InterruptedException {
        SearchCatalog market = new SearchCatalog(catalog, marketplace);
        market.regions();
        market.openShop("songkou-ligan", "嵩口李干专业合作社", YONGTAI_VILLAGE, "李干");
        Actor staff = market.staffOf("songkou-ligan");
        long renamed = market.product(
                Product.of("songkou-ligan", "dried-preserved-fruit", "永泰李干", null, YONGTAI_VILLAGE, "38.00"));
        long withdrawn = market.product(Product.of("songkou-ligan", "honey", "永泰野生蜂蜜", null, YONGTAI_VILLAGE, "66.00"));
        long restocked = market.product(Product.of("songkou-ligan", "tea", "永泰绿茶", null, YONGTAI_VILLAGE, "58.00")
                .withStock(0));
        assertThat(search.rebuild(done -> {}).state()).isEqualTo(RebuildState.DONE);
        assertThat(titles("永泰")).containsExactlyInAnyOrder("永泰李干", "永泰野生蜂蜜", "永泰绿茶");

        int port = node.httpPort();
        node.close();

        catalog.reviseProduct(staff, renamed, plums("嵩口芙蓉李干"));
        catalog.unpublishProduct(staff, withdrawn);
        long skuId = catalog.product(staff, restocked).skus().get(0).id();
        catalog.receiveBatch(
                staff,
                new ReceiveBatchCommand(
                        skuId,
                        30,
                        LocalDate.of(2026, 4, 10),
                        "一号茶园",
                        null,
                        null,
                        null,
                        InspectionResult.NOT_INSPECTED,
                        null));
        long added = market.product(Product.of("songkou-ligan", "grains", "永泰红曲米", null, YONGTAI_VILLAGE, "25.00"));

        SearchResult meanwhile = search.search(SearchQuery.text("永泰"));
        assertThat(meanwhile.fallback()).isTrue();
        await(() -> search.indexingLag().waiting() >= 4, Duration.ofSeconds(10));
        assertThat(search.indexingLag().oldestMillis()).isPositive();

        node = EmbeddedSearchNode.start(NODE_ROOT, ProcessHandle.current().pid(), port);

        await(() -> search.indexingLag().waiting() == 0, Duration.ofSeconds(120));
        SearchResult after = search.search(SearchQuery.text("永泰"));
        assertThat(after.fallback()).isFalse();
        assertThat(after.items()).extracting(SearchHit::titleZh).containsExactlyInAnyOrder("嵩口芙蓉李干", "永泰绿茶", "永泰红曲米");
        assertThat(after.items())
                .filteredOn(hit -> hit.id() == restocked)
                .singleElement()
                .extracting(SearchHit::inStock)
                .isEqualTo(true);
        assertThat(after.items()).extracting(SearchHit::id).contains(added).doesNotContain(withdrawn);
    }

    private List<String> titles(String text) {
        return search.search(SearchQuery.text(text)).items().stream()
                .map(SearchHit::titleZh)
                .toList();
    }

    private static SaveProductCommand plums(String title) {
        return new SaveProductCommand(
                "dried-preserved-fruit",
                title,
                null,
                title + "，产地直发。",
                null,
                YONGTAI_VILLAGE,
                TemperatureClass.AMBIENT,
                180,
                List.of(7, 8),
                false,
                List.of(new SkuCommand("1 斤装", null, SaleUnit.JIN, 500, new BigDecimal("38.00"))));
    }

    private static void await(BooleanSupplier condition, Duration within) throws InterruptedException {
        Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(200)).until(condition::getAsBoolean);
    }
}
