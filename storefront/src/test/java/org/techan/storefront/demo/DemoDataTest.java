package org.techan.storefront.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.CertificateView;
import org.techan.catalog.PavilionView;
import org.techan.catalog.ProductQuery;
import org.techan.catalog.ProductView;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionView;
import org.techan.platform.Accounts;
import org.techan.platform.RuleViolationException;
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
    org.techan.wholesale.WholesaleApi wholesale;

    @Inject
    DemoDataLoader loader;

    @Inject
    MovableClock clock;

    @Inject
    @Client("/")
    HttpClient http;

    /** What the demo load writes to the log; attached before the application (and its load) starts. */
    private static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();

    @Override
    public Map<String, String> getProperties() {
        LOG.start();
        ((Logger) LoggerFactory.getLogger(DemoPasswords.class)).addAppender(LOG);
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
                .isGreaterThanOrEqualTo(150);
        java.util.List<ProductView> laifengTea = catalog.publishedProducts(
                        new ProductQuery("tea", RegionCode.parse("422827"), null), 0, 100)
                .items();
        assertThat(laifengTea)
                .as("grades are SKUs of one product, not products of their own")
                .extracting(ProductView::titleZh)
                .doesNotHaveDuplicates()
                .noneMatch(title -> title.endsWith("特级 特级"))
                .contains("来凤藤茶 芽尖");
        assertThat(laifengTea.stream()
                        .filter(p -> p.titleZh().equals("来凤藤茶 芽尖"))
                        .findFirst()
                        .orElseThrow()
                        .skus())
                .extracting(org.techan.catalog.SkuView::specZh)
                .anyMatch(spec -> spec.endsWith("· 特级"))
                .anyMatch(spec -> !spec.contains("特级"));

        ProductView ligan = catalog
                .publishedProducts(new ProductQuery("dried-preserved-fruit", RegionCode.parse("350125"), null), 0, 100)
                .items()
                .stream()
                .filter(p -> !p.badges().isEmpty() && p.titleZh().contains("李干"))
                .findFirst()
                .orElseThrow();
        assertThat(ligan.titleZh()).contains("李干");
        assertThat(catalog.publishedProducts(ProductQuery.everything(), 0, 100).items())
                .as("every demo product has photos: a cover on a cloth and one on a table")
                .allSatisfy(product -> assertThat(product.images()).hasSize(2));
        byte[] cover = http.toBlocking()
                .retrieve(HttpRequest.GET("/media/" + ligan.images().get(0).thumbnailKey()), byte[].class);
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(cover))
                        .getWidth())
                .isPositive();
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
        String latest = ligan.latestBatch().traceCode();
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/products/" + ligan.id())))
                .as("the product page offers the latest batch's trace as a QR code")
                .contains("/trace/" + latest + "/qr.svg");
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/trace/" + latest + "/qr.svg")))
                .contains("<svg");

        // Not the embedded database: the README's passwords must not open this one; the log's do.
        assertThatThrownBy(() -> accounts.authenticate("ops", DemoPasswords.PUBLISHED_OPERATOR, "192.0.2.7"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(
                        () -> accounts.authenticate("songkou-ligan.staff", DemoPasswords.PUBLISHED_STAFF, "192.0.2.8"))
                .isInstanceOf(RuleViolationException.class);
        assertThat(LOG.list).as("the passwords are shown once").hasSize(1);
        Matcher shown = Pattern.compile("operator 'ops' → (\\S+) ;.* '\\S+' → (\\S+)$")
                .matcher(LOG.list.get(0).getFormattedMessage());
        assertThat(shown.find()).as(LOG.list.get(0).getFormattedMessage()).isTrue();
        assertThat(shown.group(1)).hasSize(16).isNotEqualTo(shown.group(2));
        assertThat(accounts.authenticate("yongtai-post.clerk", shown.group(2), "192.0.2.1")
                        .role()
                        .name())
                .as("the demo pickup store's clerk")
                .isEqualTo("STORE_CLERK");
        assertThat(accounts.authenticate("ops", shown.group(1), "192.0.2.1")
                        .role()
                        .name())
                .isEqualTo("OPERATOR");
        assertThat(accounts.authenticate("songkou-ligan.staff", shown.group(2), "192.0.2.1")
                        .role()
                        .name())
                .isEqualTo("SHOP_STAFF");
        org.techan.platform.Actor canteen = accounts.authenticate(
                        DemoWholesale.CANTEEN_LOGIN, shown.group(2), "192.0.2.1")
                .actor();
        assertThat(canteen.role().name()).as("the demo canteen's buyer").isEqualTo("WHOLESALE_BUYER");
        List<Long> shopProducts =
                catalog.publishedProducts(new ProductQuery(null, null, ligan.shopSlug()), 0, 50).items().stream()
                        .map(ProductView::id)
                        .toList();
        assertThat(wholesale.offersOfProducts(canteen, shopProducts))
                .as("the first shop offers its products by the box, verified buyers see it")
                .isNotEmpty();
        assertThat(wholesale.producingBases(List.of(ligan.shopSlug()))).hasSize(1);
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/pavilions/yongtai")))
                .contains("永泰县馆", "嵩口李干专业合作社");
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/shops/" + ligan.shopSlug())))
                .as("the shop tells its village's story")
                .contains("村庄故事", "统一分拣、检测、包装");

        int month = org.techan.platform.MarketCalendar.today(clock).getMonthValue();
        java.util.List<ProductView> inSeason = new java.util.ArrayList<>();
        java.util.List<ProductView> page =
                catalog.publishedProducts(ProductQuery.inSeason(month), 0, 100).items();
        for (int next = 1; !page.isEmpty(); next++) {
            inSeason.addAll(page);
            page = catalog.publishedProducts(ProductQuery.inSeason(month), next, 100)
                    .items();
        }
        assertThat(inSeason)
                .as("in season, fresh goods included, everything is within its shelf life and on sale")
                .isNotEmpty()
                .allMatch(ProductView::inStock, "in stock");
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
