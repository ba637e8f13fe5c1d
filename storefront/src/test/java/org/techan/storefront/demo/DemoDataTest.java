package org.techan.storefront.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.CertificateView;
import org.techan.catalog.PavilionView;
import org.techan.catalog.ProductQuery;
import org.techan.catalog.ProductView;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionView;
import org.techan.platform.Accounts;
import org.techan.testsupport.MovableClock;
import org.techan.testsupport.TestInfrastructure;

/** The demo marketplace, loaded into a database of its own, as a newcomer's first start would. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataTest implements TestPropertyProvider {

    @Inject
    CatalogApi catalog;

    @Inject
    Accounts accounts;

    @Inject
    DemoDataLoader loader;

    @Inject
    MovableClock clock;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url",
                TestInfrastructure.separateDatabase("demo"),
                "elasticsearch.index-prefix",
                TestInfrastructure.separateIndexPrefix("demo"),
                "techan.demo-data.enabled",
                "true",
                "spec.clock",
                "movable");
    }

    @Test
    void aFirstStartGetsAWholeMarketplaceAndAnotherStartAddsNothing() throws Exception {
        awaitPavilions();

        assertThat(catalog.pavilions())
                .hasSizeGreaterThanOrEqualTo(8)
                .extracting(PavilionView::slug)
                .contains("yongtai", "fujian", "qianjiang");
        assertThat(catalog.childRegions(RegionCode.parse("350125")))
                .as("Yongtai's 21 townships")
                .hasSize(21)
                .extracting(RegionView::nameZh)
                .contains("樟城镇", "嵩口镇", "丹云乡");
        assertThat(catalog.openShopsIn(RegionCode.parse("35"), 0, 100).total()
                        + catalog.openShopsIn(RegionCode.parse("32"), 0, 100).total()
                        + catalog.openShopsIn(RegionCode.parse("41"), 0, 100).total()
                        + catalog.openShopsIn(RegionCode.parse("42"), 0, 100).total())
                .isGreaterThanOrEqualTo(40);
        assertThat(catalog.publishedProducts(ProductQuery.everything(), 0, 1).total())
                .isGreaterThanOrEqualTo(300);

        ProductView ligan = catalog
                .publishedProducts(new ProductQuery("dried-preserved-fruit", RegionCode.parse("350125"), null), 0, 100)
                .items()
                .stream()
                .filter(p -> !p.badges().isEmpty() && p.titleZh().contains("李干"))
                .findFirst()
                .orElseThrow();
        assertThat(ligan.titleZh()).contains("李干");
        assertThat(ligan.badges()).extracting(CertificateView::badge).containsOnly(true);
        assertThat(ligan.inStock()).isTrue();
        assertThat(ligan.brand())
                .as("永泰李干 is Yongtai's regional brand")
                .extracting(b -> b.nameZh())
                .isEqualTo("永泰李干");
        assertThat(ligan.batches()).isNotEmpty();
        assertThat(http.toBlocking()
                        .retrieve(HttpRequest.GET(
                                "/trace/" + ligan.batches().get(0).traceCode())))
                .contains(ligan.titleZh());

        assertThat(accounts.authenticate("yongtai-post.clerk", "techan-demo-2026", "192.0.2.1")
                        .role()
                        .name())
                .as("the demo pickup store's clerk")
                .isEqualTo("STORE_CLERK");
        assertThat(accounts.authenticate("ops", "techan-ops-2026", "192.0.2.1")
                        .role()
                        .name())
                .isEqualTo("OPERATOR");
        assertThat(accounts.authenticate("songkou-ligan.staff", "techan-demo-2026", "192.0.2.1")
                        .role()
                        .name())
                .isEqualTo("SHOP_STAFF");
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/pavilions/yongtai")))
                .contains("永泰县馆", "嵩口李干专业合作社");

        assertThat(catalog.publishedProducts(ProductQuery.inSeason(11), 0, 100).items())
                .extracting(ProductView::titleZh)
                .anyMatch(title -> title.contains("大闸蟹"))
                .noneMatch(title -> title.contains("龙虾"));
        LocalDate today = LocalDate.now(clock);
        LocalDate november = LocalDate.of(today.getMonthValue() <= 11 ? today.getYear() : today.getYear() + 1, 11, 15);
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, november)));
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/")))
                .contains("当季好物 · 11月")
                .as("crayfish are a summer catch")
                .doesNotContain("龙虾");

        long products =
                catalog.publishedProducts(ProductQuery.everything(), 0, 1).total();
        assertThat(loader.loadIfEmpty())
                .as("a restart finds the marketplace and loads nothing")
                .isFalse();
        assertThat(catalog.publishedProducts(ProductQuery.everything(), 0, 1).total())
                .isEqualTo(products);
    }

    private void awaitPavilions() throws InterruptedException {
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> !catalog.pavilions().isEmpty());
    }
}
