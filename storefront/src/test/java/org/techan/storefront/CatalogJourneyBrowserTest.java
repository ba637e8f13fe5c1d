package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.techan.catalog.ApplyForShopCommand;
import org.techan.catalog.BusinessLicenceNumber;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.ShopKind;
import org.techan.catalog.ShopStatus;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.testsupport.browser.HeadlessChromium;
import org.techan.testsupport.browser.RequiresChromium;

/**
 * The catalog's whole promise in a real browser: shop staff list a product with a batch and a
 * certificate, an operator verifies the certificate, shoppers see the badge and trace the batch.
 * Mengding mountain tea from Ya'an, Sichuan (region codes 51…).
 */
@RequiresChromium
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogJourneyBrowserTest {

    private static final Actor SYSTEM = new Actor(0, Role.OPERATOR);
    private static final String VILLAGE = "511803100201";

    @Inject
    EmbeddedServer server;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    Accounts accounts;

    private HeadlessChromium browser;

    @BeforeAll
    void mengdingShan() {
        market.regions(VILLAGE, "四川省/Sichuan", "雅安市/Ya’an", "名山区/Mingshan", "蒙顶山镇/Mengdingshan", "蒙山村");
        String first17 = "93511803MA0000001";
        catalog.applyForShop(new ApplyForShopCommand(
                "mengding-tea",
                ShopKind.COOPERATIVE,
                "蒙顶山茶叶合作社",
                "Mengding Tea Co-op",
                VILLAGE,
                "蒙顶甘露",
                "杨先生",
                "13908350000",
                first17 + BusinessLicenceNumber.checkCharacter(first17),
                null));
        catalog.changeShopStatus(SYSTEM, "mengding-tea", ShopStatus.APPROVED);
        catalog.addShopStaff(
                SYSTEM, "mengding-tea", new RegisterAccountCommand("mengding.staff", "ganlu-2026-pw", "杨茶农", null));
        accounts.register(new RegisterAccountCommand("mengding.ops", "operator-2026", "运营小蒙", Role.OPERATOR));
        browser = HeadlessChromium.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void staffListAProductWithABatchAndACertificateAnOperatorVerifiesItAndShoppersTraceIt() throws Exception {
        WebDriver driver = browser.driver();
        String site = server.getURL().toString();

        signIn(driver, site, "mengding.staff", "ganlu-2026-pw");
        assertThat(driver.getCurrentUrl()).endsWith("/coop");
        driver.findElement(By.id("new-product")).click();
        new Select(driver.findElement(By.id("categorySlug"))).selectByValue("tea");
        driver.findElement(By.id("titleZh")).sendKeys("蒙顶甘露 明前特级");
        driver.findElement(By.id("descriptionZh")).sendKeys("蒙顶山海拔千米茶园，明前单芽手工揉捻。");
        driver.findElement(By.id("shelfLifeDays")).sendKeys("540");
        driver.findElement(By.cssSelector("input[name=harvestMonths][value='3']"))
                .click();
        driver.findElement(By.id("skuSpecZh")).sendKeys("100 克罐装");
        new Select(driver.findElement(By.id("skuUnit"))).selectByValue("JAR");
        driver.findElement(By.id("skuNetWeightGrams")).sendKeys("100");
        driver.findElement(By.id("skuPrice")).sendKeys("158.00");
        driver.findElement(By.id("save-product")).click();
        await(driver, ExpectedConditions.urlMatches("/coop/products/\\d+$"));
        String productPath = driver.getCurrentUrl().substring(site.length());
        assertThat(productPath).matches("/coop/products/\\d+");
        long productId = Long.parseLong(productPath.substring("/coop/products/".length()));

        driver.findElement(By.id("batchQuantity")).sendKeys("60");
        setDate(driver, "harvestDate", LocalDate.now().minusDays(20));
        driver.findElement(By.id("basePlot")).sendKeys("蒙山村皇茶园 2 号地块");
        driver.findElement(By.id("inspectionAgency")).sendKeys("雅安市农产品质量检测中心");
        driver.findElement(By.id("receive-batch")).click();
        await(driver, ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.batches li")));
        assertThat(driver.findElement(By.cssSelector("ul.batches li")).getText())
                .contains("60 件");

        new Select(driver.findElement(By.id("certKind"))).selectByValue("ORGANIC");
        driver.findElement(By.id("certNumber")).sendKeys("OFDC-SC-2026-17");
        driver.findElement(By.id("certIssuer")).sendKeys("南京国环有机产品认证中心");
        setDate(driver, "certFrom", LocalDate.now().minusMonths(6));
        setDate(driver, "certTo", LocalDate.now().plusYears(2));
        Path scan = Files.createTempFile("certificate", ".pdf");
        Files.writeString(scan, "%PDF-1.4 有机产品认证证书扫描件", StandardCharsets.UTF_8);
        driver.findElement(By.id("certDocument")).sendKeys(scan.toString());
        driver.findElement(By.id("submit-certificate")).click();
        await(driver, ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.certificates li")));
        assertThat(driver.findElement(By.cssSelector("ul.certificates li")).getText())
                .contains("OFDC-SC-2026-17", "待审核");
        driver.findElement(By.id("publish")).click();
        await(driver, ExpectedConditions.presenceOfElementLocated(By.id("unpublish")));
        assertThat(driver.findElement(By.cssSelector(".publishing .status")).getText())
                .isEqualTo("已上架");
        browser.screenshot("journey-coop-product");
        browser.openMenu();
        driver.findElement(By.id("sign-out")).click();
        await(driver, ExpectedConditions.presenceOfElementLocated(By.id("nav-sign-in")));

        driver.get(site + "/products/" + productId);
        assertThat(driver.findElements(By.id("badge-ORGANIC")))
                .as("no badge before verification")
                .isEmpty();

        signIn(driver, site, "mengding.ops", "operator-2026");
        driver.findElement(By.id("ops-certificates")).click();
        WebElement row = driver.findElements(By.cssSelector("tr[id^=certificate-]")).stream()
                .filter(r -> r.getText().contains("OFDC-SC-2026-17"))
                .findFirst()
                .orElseThrow();
        row.findElement(By.cssSelector("button.verify")).click();
        await(driver, d -> !d.findElement(By.tagName("main")).getText().contains("OFDC-SC-2026-17"));
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("OFDC-SC-2026-17");
        browser.openMenu();
        driver.findElement(By.id("sign-out")).click();
        await(driver, ExpectedConditions.presenceOfElementLocated(By.id("nav-sign-in")));

        driver.get(site + "/products/" + productId);
        assertThat(driver.findElement(By.id("badge-ORGANIC")).getText()).isEqualTo("有机农产品");
        browser.screenshot("journey-product-badge");
        driver.findElement(By.cssSelector(".batches a")).click();
        await(driver, ExpectedConditions.urlContains("/trace/"));
        assertThat(driver.getCurrentUrl()).contains("/trace/");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("蒙山村皇茶园 2 号地块", "蒙顶山茶叶合作社", "雅安市农产品质量检测中心", "合格");
        Object qrWidth = ((JavascriptExecutor) driver)
                .executeScript(
                        "const img = document.querySelector('img.qr'); return img.complete ? img.naturalWidth : 0;");
        assertThat(((Number) qrWidth).intValue()).as("the QR image loaded").isGreaterThan(0);
        browser.screenshot("journey-trace");
    }

    private static void signIn(WebDriver driver, String site, String login, String password) {
        driver.get(site + "/sign-in");
        driver.findElement(By.id("login")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        await(driver, ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    /** A click that submits a form returns before the next page is there; wait for what proves it is. */
    /** A farmer types no code: the village is picked by name, the web name comes from the shop's name. */
    @Test
    void aFarmerAppliesByPickingTheVillageByNameAndGetsAWebNameFromTheShopName() {
        WebDriver driver = browser.driver();
        driver.get(server.getURL() + "/apply");
        driver.findElement(By.id("nameZh")).sendKeys("蒙山茶园家庭农场");
        String slug = "mengshanchayuanjiatingnongchang";
        await(driver, ExpectedConditions.attributeToBe(By.id("slug"), "value", slug));
        assertThat(driver.findElement(By.id("slug-preview")).getText()).isEqualTo("/shops/" + slug);

        pick(driver, "village-province", "四川省");
        pick(driver, "village-city", "雅安市");
        pick(driver, "village-county", "名山区");
        pick(driver, "village-township", "蒙顶山镇");
        pick(driver, "village-village", "蒙山村");
        driver.findElement(By.id("specialtyZh")).sendKeys("蒙顶黄芽");
        String first17 = "93511803MA0000002";
        driver.findElement(By.id("businessLicence")).sendKeys(first17 + BusinessLicenceNumber.checkCharacter(first17));
        driver.findElement(By.id("contactName")).sendKeys("蒙大姐");
        driver.findElement(By.id("contactPhone")).sendKeys("13908350001");
        driver.findElement(By.id("applyLogin")).sendKeys("mengshan.farm");
        driver.findElement(By.id("applyPassword")).sendKeys("mengshan-2026-pw");
        browser.click(By.id("submit-application"));

        await(driver, ExpectedConditions.urlContains("/sign-in"));
        assertThat(catalog.shop(slug).villageCode()).isEqualTo(VILLAGE);
    }

    private static void pick(WebDriver driver, String id, String name) {
        await(driver, ExpectedConditions.elementToBeClickable(By.id(id)));
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(d -> {
                    new Select(d.findElement(By.id(id))).selectByVisibleText(name);
                    return true;
                });
    }

    private static void await(WebDriver driver, ExpectedCondition<?> condition) {
        // While the next page replaces the old one, Chrome may report nodes of either: ask again.
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(condition);
    }

    /** Date inputs take typed text in the browser's locale; setting the value is locale-proof. */
    private static void setDate(WebDriver driver, String id, LocalDate date) {
        ((JavascriptExecutor) driver)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    }
}
