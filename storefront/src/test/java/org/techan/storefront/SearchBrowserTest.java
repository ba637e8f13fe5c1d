package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Actor;
import org.techan.platform.Role;
import org.techan.search.SearchApi;
import org.techan.search.SearchQuery;
import org.techan.search.SearchResult;
import org.techan.search.fixtures.SearchIndexFixture;
import org.techan.testsupport.browser.HeadlessChromium;
import org.techan.testsupport.browser.RequiresChromium;

/** A shopper types pinyin, picks a suggested region, ticks two facets and reads the narrowed results. */
@RequiresChromium
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "451003100201";

    private HeadlessChromium browser;

    @Inject
    EmbeddedServer server;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    SearchApi search;

    @Inject
    SearchIndexFixture index;

    @BeforeAll
    void baiseMangoes() throws InterruptedException {
        market.regions(VILLAGE, "广西壮族自治区/Guangxi", "百色市/Baise", "田阳区/Tianyang", "田州镇", "芒果村");
        TestMarketplace.Shop mangoShop = market.aShop("tianyang-mango")
                .named("田阳芒果专业合作社")
                .inVillage(VILLAGE)
                .selling("芒果")
                .contact("黄丽", "13907760000")
                .staff("tianyang-mango.staff", "mango-2026-pw")
                .open();
        product(mangoShop, "fresh-fruit", "百色芒果 桂七", TemperatureClass.CHILLED, 10, 40);
        product(mangoShop, "dried-preserved-fruit", "百色芒果干", TemperatureClass.AMBIENT, 180, 60);
        product(mangoShop, "vegetables", "田阳番茄", TemperatureClass.CHILLED, 7, 0);
        index.rebuildNow();
        assertThat(indexed()).isTrue();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void shouldTypePinyinPickASuggestedRegionTickTwoFacetsAndSeeTheFilteredResults() {
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get(server.getURL() + "/");

        driver.findElement(By.id("q")).sendKeys("baise");
        WebElement region =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suggest-region-451000000000")));
        assertThat(region.getText()).isEqualTo("百色市");
        assertThat(driver.findElement(By.id("suggestions")).getText()).contains("百色芒果 桂七", "百色芒果干");
        browser.screenshot("search-suggestions");
        region.findElement(By.tagName("a")).click();

        wait.until(ExpectedConditions.textToBe(By.id("result-count"), "共 3 件商品"));
        driver.findElement(By.id("temperature-CHILLED")).click();
        wait.until(ExpectedConditions.textToBe(By.id("result-count"), "共 2 件商品"));
        driver.findElement(By.id("inStock")).click();
        wait.until(ExpectedConditions.textToBe(By.id("result-count"), "共 1 件商品"));

        List<String> titles = driver.findElements(By.cssSelector("#results li a")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(titles).containsExactly("百色芒果 桂七");
        assertThat(driver.findElement(By.id("temperature-CHILLED")).isSelected())
                .isTrue();
        assertThat(driver.findElement(By.id("inStock")).isSelected()).isTrue();
        assertThat(driver.getCurrentUrl()).contains("region=451000000000", "temperature=CHILLED", "inStock=true");
        browser.screenshot("search-filtered");
    }

    /** All three in the index (not answered by the catalog fallback while the index is still being built). */
    private boolean indexed() {
        SearchResult result = search.search(SearchQuery.text("百色"));
        return !result.fallback() && result.total() == 3;
    }

    private void product(
            TestMarketplace.Shop shop,
            String category,
            String title,
            TemperatureClass temperature,
            int shelfLifeDays,
            int stock) {
        TestMarketplace.ProductBuilder product = market.aProduct(shop, title)
                .inCategory(category)
                .describedAs(title + "，右江河谷出产。")
                .kept(temperature, shelfLifeDays)
                .harvestedIn(6, 7, 8)
                .sku(new SkuCommand("5 斤装", null, SaleUnit.BOX, 2500, new BigDecimal("59.00")));
        if (stock > 0) {
            product.withBatch(
                    stock,
                    org.techan.platform.MarketCalendar.today(java.time.Clock.systemUTC())
                            .minusDays(5),
                    "田州镇芒果园");
        }
        product.create();
    }
}
