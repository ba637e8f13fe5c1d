package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.ShopKind;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.OpenStoreCommand;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PickupSlotView;
import org.techan.orders.StoreKind;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.search.SearchApi;
import org.techan.search.fixtures.SearchIndexFixture;
import org.techan.testsupport.browser.HeadlessChromium;
import org.techan.testsupport.browser.RequiresChromium;

/**
 * The whole purchase in Chromium: search, a cart with goods from two shops, sign-in at checkout,
 * a pickup day at a community store for both, payment with the 4242 test card; the shops send
 * their parcels, the clerk receives them and hands each order over against the buyer's code.
 */
@RequiresChromium
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PurchaseJourneyBrowserTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "230184100201";
    private static final String DISTRICT = "230103000000";

    private HeadlessChromium browser;

    @Inject
    EmbeddedServer server;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    OrdersApi orders;

    @Inject
    SearchApi search;

    @Inject
    SearchIndexFixture index;

    @Inject
    Accounts accounts;

    private Actor riceStaff;
    private Actor berryStaff;
    private long rice;
    private long blueberries;

    @BeforeAll
    void wuchang() throws InterruptedException {
        market.regions(DISTRICT, "黑龙江省/Heilongjiang", "哈尔滨市/Harbin", "南岗区/Nangang");
        market.regions(VILLAGE, "黑龙江省/Heilongjiang", "哈尔滨市/Harbin", "五常市/Wuchang", "五常镇", "稻花村");
        TestMarketplace.Shop riceShop = shop("wuchang-rice", "五常稻花香合作社");
        TestMarketplace.Shop berryShop = shop("wuchang-berry", "五常蓝莓家庭农场");
        riceStaff = riceShop.staff();
        berryStaff = berryShop.staff();
        rice = product(riceShop, "五常稻花香大米", TemperatureClass.AMBIENT, "69.00");
        blueberries = product(berryShop, "野生蓝莓鲜果", TemperatureClass.CHILLED, "39.00");
        orders.openStore(
                OPERATOR,
                new OpenStoreCommand(
                        "nangang-post-1",
                        StoreKind.POSTAL_STATION,
                        "南岗邮政服务站",
                        null,
                        DISTRICT,
                        "西大直街 92 号",
                        new BigDecimal("45.75"),
                        new BigDecimal("126.65"),
                        LocalTime.of(8, 0),
                        LocalTime.of(20, 0),
                        LocalTime.of(23, 59),
                        30,
                        10,
                        0,
                        3));
        orders.addStoreClerk(
                OPERATOR, "nangang-post-1", new RegisterAccountCommand("nangang.clerk", "clerk-2026-pw", "邮政小南", null));
        accounts.register(new RegisterAccountCommand("13845450001", "rice-2026-pw", "赵雪", Role.CONSUMER));
        index.rebuildNow();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * Both cards went from the browser to the payment provider's API (the stub, at its own
     * address) and in no request to the marketplace itself.
     */
    private static void assertCardsWentOnlyToThePaymentProvider(List<HeadlessChromium.SentRequest> sent) {
        List<HeadlessChromium.SentRequest> withCard = sent.stream()
                .filter(r -> r.body().contains("4242424242424242")
                        || r.body().contains("4000000000000002")
                        || r.url().contains("4242"))
                .toList();
        assertThat(withCard)
                .extracting(HeadlessChromium.SentRequest::url)
                .hasSize(2)
                .allMatch(url -> url.matches("http://[^/]+/stripe-stub/v1/payment_intents/pi_[^/]+/confirm"));
        assertThat(sent)
                .filteredOn(r -> !r.url().contains("/stripe-stub/"))
                .extracting(HeadlessChromium.SentRequest::body)
                .noneMatch(body -> body.replaceAll("(%20|\\+|\\s)", "").matches(".*\\d{12,19}.*"));
    }

    @Test
    void shouldBuyFromTwoShopsCollectAtAStoreAndCompleteAtTheCounter() throws InterruptedException {
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        addFromSearch(driver, wait, "五常大米", "五常稻花香大米", rice);
        addFromSearch(driver, wait, "蓝莓", "野生蓝莓鲜果", blueberries);
        assertThat(driver.findElement(By.id("cart-wuchang-rice")).getText()).contains("五常稻花香大米");
        assertThat(driver.findElement(By.id("cart-wuchang-berry")).getText()).contains("野生蓝莓鲜果");
        browser.screenshot("journey-cart");

        driver.findElement(By.id("to-checkout")).click();
        signIn(driver, wait, "13845450001", "rice-2026-pw");
        wait.until(ExpectedConditions.urlContains("/checkout"));
        long riceSlot = slot(TemperatureClass.AMBIENT);
        long berrySlot = slot(TemperatureClass.CHILLED);
        new Select(driver.findElement(By.id("choice-wuchang-rice"))).selectByValue(String.valueOf(riceSlot));
        new Select(driver.findElement(By.id("choice-wuchang-berry"))).selectByValue(String.valueOf(berrySlot));
        driver.findElement(By.id("recipient")).sendKeys("赵雪");
        driver.findElement(By.id("phone")).sendKeys("13845450001");
        browser.screenshot("journey-checkout");
        driver.findElement(By.id("place-order")).click();

        By cardNumber = By.cssSelector("#card-element input");
        wait.until(ExpectedConditions.visibilityOfElementLocated(cardNumber));
        assertThat(driver.findElement(By.id("group-total")).getText()).contains("合计 ¥108.00");
        driver.findElement(cardNumber).sendKeys("4000 0000 0000 0002");
        driver.findElement(By.id("pay")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card-error")));
        assertThat(driver.findElement(By.id("card-error")).getText())
                .as("a decline explained in words, not the provider's code")
                .isEqualTo("银行卡被拒绝，请换一张卡再试。");
        driver.findElement(cardNumber).clear();
        driver.findElement(cardNumber).sendKeys("4242 4242 4242 4242");
        driver.findElement(By.id("pay")).click();
        // The page reloads once paid: a look at the field while it goes may find a node that already
        // left the document, which Chromium reports as an error rather than as gone.
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.invisibilityOfElementLocated(cardNumber));
        String groupNumber = driver.getCurrentUrl().replaceAll(".*/orders/", "");
        assertCardsWentOnlyToThePaymentProvider(browser.sentRequests());
        Actor buyer = accounts.authenticate("13845450001", "rice-2026-pw", "192.0.2.1")
                .actor();
        OrderGroupView paid = orders.orderGroup(buyer, groupNumber);
        assertThat(paid.orders()).extracting(OrderView::state).containsOnly(OrderState.PAID);
        signOut(driver, wait);

        orders.dispatchConsignment(
                berryStaff, "nangang-post-1", paid.orders().get(0).pickup().day());
        orders.dispatchConsignment(
                riceStaff, "nangang-post-1", paid.orders().get(1).pickup().day());

        driver.get(server.getURL() + "/sign-in");
        signIn(driver, wait, "nangang.clerk", "clerk-2026-pw");
        wait.until(ExpectedConditions.urlContains("/store"));
        for (String shop : List.of("wuchang-berry", "wuchang-rice")) {
            driver.findElements(By.cssSelector("button[id^='receive-" + shop + "-']"))
                    .get(0)
                    .click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        }
        signOut(driver, wait);

        driver.get(server.getURL() + "/sign-in?next=/orders/" + groupNumber);
        signIn(driver, wait, "13845450001", "rice-2026-pw");
        wait.until(ExpectedConditions.urlContains("/orders/" + groupNumber));
        List<String> codes = paid.orders().stream()
                .map(o -> driver.findElement(By.id("code-" + o.number())).getText())
                .toList();
        assertThat(codes).allMatch(code -> code.matches("\\d{6}"));
        browser.screenshot("journey-pickup-codes");
        signOut(driver, wait);

        driver.get(server.getURL() + "/sign-in");
        signIn(driver, wait, "nangang.clerk", "clerk-2026-pw");
        for (String code : codes) {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")))
                    .sendKeys(code);
            driver.findElement(By.id("check-code")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hand-over")))
                    .click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        }
        browser.screenshot("journey-handed-over");

        assertThat(orders.orderGroup(buyer, groupNumber).orders())
                .extracting(OrderView::state)
                .containsOnly(OrderState.COMPLETED);
    }

    private void addFromSearch(WebDriver driver, WebDriverWait wait, String query, String title, long sku) {
        driver.get(server.getURL() + "/search?q="
                + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(title))).click();
        browser.click(By.id("add-" + sku));
        wait.until(ExpectedConditions.urlContains("/cart"));
    }

    /** Signs out and waits for the signed-out page, so the next navigation cannot race the sign-out. */
    private void signOut(WebDriver driver, WebDriverWait wait) {
        browser.openMenu();
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-sign-in")));
    }

    private static void signIn(WebDriver driver, WebDriverWait wait, String login, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login")))
                .sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
    }

    private long slot(TemperatureClass temperature) {
        return orders.pickupSlots(temperature).stream()
                .filter(s -> s.store().code().equals("nangang-post-1"))
                .map(PickupSlotView::id)
                .findFirst()
                .orElseThrow();
    }

    private TestMarketplace.Shop shop(String slug, String name) {
        return market.aShop(slug)
                .kind(ShopKind.FAMILY_FARM)
                .named(name)
                .inVillage(VILLAGE)
                .selling("大米")
                .contact("王东", "13904510000")
                .open();
    }

    private long product(TestMarketplace.Shop shop, String title, TemperatureClass temperature, String price) {
        return market.aProduct(shop, title)
                .inCategory("fresh-fruit")
                .describedAs(title + "，五常产地直发。")
                .kept(temperature, temperature == TemperatureClass.CHILLED ? 10 : 365)
                .harvestedIn(9, 10)
                .sku(new SkuCommand("1 份", null, SaleUnit.BOX, 2500, new BigDecimal(price)))
                .withBatch(
                        30,
                        org.techan.platform.MarketCalendar.today(java.time.Clock.systemUTC())
                                .minusDays(2),
                        "稻花村")
                .create()
                .skuId();
    }
}
