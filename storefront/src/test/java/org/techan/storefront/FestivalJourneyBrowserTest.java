package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
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
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.AfterSaleState;
import org.techan.orders.AfterSaleView;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.Funder;
import org.techan.orders.OrderLineView;
import org.techan.orders.OrderView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PriceAdjustment;
import org.techan.platform.Actor;
import org.techan.platform.MarketCalendar;
import org.techan.promotions.CampaignRule;
import org.techan.promotions.CampaignState;
import org.techan.promotions.CouponKind;
import org.techan.promotions.CreateCampaignCommand;
import org.techan.promotions.CreateCouponCommand;
import org.techan.promotions.EnrolCommand;
import org.techan.promotions.PromotionsApi;
import org.techan.testsupport.browser.HeadlessChromium;
import org.techan.testsupport.browser.RequiresChromium;

/**
 * A festival bought in Chromium: its page in warm-up shows the coming price, live the campaign
 * price; the shopper claims a platform coupon on a product page, the cart and checkout show the
 * shop's 满减 and the coupon, the paid order shows each line's discounts, and a refund of one line
 * returns exactly what was paid for it after its share of them.
 */
@RequiresChromium
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FestivalJourneyBrowserTest {

    private static final String VILLAGE = "440705100201";
    private static final String FESTIVAL = "xinhui-citrus-festival";
    private static final String SHOP = "xinhui-citrus-journey";
    private static final String BUYER = "13622220001";
    private static final String PASSWORD = "citrus-2026-pw";

    private HeadlessChromium browser;

    @Inject
    EmbeddedServer server;

    @Inject
    TestMarketplace market;

    @Inject
    PromotionsApi promotions;

    @Inject
    OrdersApi orders;

    @Inject
    TransactionOperations<Connection> transactions;

    private TestMarketplace.Shop shop;
    private TestMarketplace.Product tangerines;
    private TestMarketplace.Product peel;
    private Actor buyer;
    private long priceCut;
    private long ladder;
    private long coupon;

    @BeforeAll
    void xinhui() {
        market.regions(VILLAGE, "广东省/Guangdong", "江门市/Jiangmen", "新会区/Xinhui", "双水镇", "柑乡村");
        shop = market.aShop(SHOP).named("新会柑橘合作社").inVillage(VILLAGE).open();
        tangerines =
                market.aProduct(shop, "新会茶枝柑").priced("60.00").withBatch(100).create();
        peel = market.aProduct(shop, "新会陈皮").priced("50.00").withBatch(100).create();
        buyer = market.aConsumer(BUYER, PASSWORD);
        orders.saveAddress(buyer, new DeliveryAddress("陈晓", BUYER, "310101", "南京东路 200 号"));
        LocalDate today = MarketCalendar.today(java.time.Clock.systemUTC());
        RunningFestivals.create(promotions, FESTIVAL, "新会柑橘节", 1, 20);
        priceCut = campaign("茶枝柑直降", CampaignRule.priceCut());
        enrol(priceCut, tangerines.skuId(), new BigDecimal("55.00"));
        ladder = campaign(
                "柑橘满减",
                CampaignRule.amountOff(
                        List.of(
                                new CampaignRule.Tier(new BigDecimal("99"), new BigDecimal("10")),
                                new CampaignRule.Tier(new BigDecimal("199"), new BigDecimal("30"))),
                        false,
                        false));
        enrol(ladder, tangerines.skuId(), null);
        enrol(ladder, peel.skuId(), null);
        for (long campaign : List.of(priceCut, ladder)) {
            promotions.moveCampaign(TestMarketplace.OPERATOR, campaign, CampaignState.REVIEW, null);
            promotions.moveCampaign(TestMarketplace.OPERATOR, campaign, CampaignState.WARM_UP, null);
        }
        coupon = promotions
                .issueCoupon(
                        TestMarketplace.OPERATOR,
                        new CreateCouponCommand(
                                "柑橘节平台券",
                                null,
                                CouponKind.FIXED,
                                new BigDecimal("5"),
                                null,
                                null,
                                new BigDecimal("100"),
                                today,
                                today.plusDays(10),
                                null,
                                null,
                                7,
                                1,
                                100,
                                null,
                                null,
                                Funder.PLATFORM))
                .id();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aFestivalFromWarmUpToARefundedLine() {
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get(server.getURL() + "/sign-in?next=/festivals/" + FESTIVAL);
        signIn(driver, wait);
        WebElement warming =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("offer-" + tangerines.skuId())));
        assertThat(warming.getText())
                .as("warming up: the coming price")
                .contains("预告价 ¥55.00")
                .contains("¥60.00");
        browser.screenshot("festival-warm-up");

        for (long campaign : List.of(priceCut, ladder)) {
            promotions.moveCampaign(TestMarketplace.OPERATOR, campaign, CampaignState.LIVE, null);
        }
        driver.navigate().refresh();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("offer-" + tangerines.skuId())))
                        .getText())
                .as("live: sold at the campaign price")
                .contains("活动价 ¥55.00");
        assertThat(driver.findElement(By.id("offer-" + peel.skuId())).getText()).contains("满 ¥99.00 减 ¥10.00");

        driver.findElement(By.cssSelector("#offer-" + tangerines.skuId() + " a"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deal-" + tangerines.skuId())));
        browser.click(By.id("claim-" + coupon));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("coupon-claimed")));
        WebElement quantity = driver.findElement(By.id("qty-" + tangerines.skuId()));
        quantity.clear();
        quantity.sendKeys("2");
        browser.click(By.id("add-" + tangerines.skuId()));
        wait.until(ExpectedConditions.urlContains("/cart"));
        driver.get(server.getURL() + "/products/" + peel.id());
        browser.click(By.id("add-" + peel.skuId()));
        wait.until(ExpectedConditions.urlContains("/cart"));
        String cart = driver.findElement(By.id("cart-" + SHOP)).getText();
        assertThat(cart).as("110 + 50 at campaign prices reach 满99减10").contains("柑橘满减 满99减10");
        browser.screenshot("festival-cart");

        driver.findElement(By.id("to-checkout")).click();
        wait.until(ExpectedConditions.urlContains("/checkout"));
        String checkout = driver.findElement(By.id("checkout")).getText();
        assertThat(checkout).contains("柑橘满减 满99减10", "柑橘节平台券");
        WebElement saved = driver.findElements(By.cssSelector("input[name=addressId][id^='address-']")).stream()
                .filter(a -> !a.getAttribute("id").equals("address-new"))
                .findFirst()
                .orElseThrow();
        if (!saved.isSelected()) {
            browser.click(By.id(saved.getAttribute("id")));
        }
        browser.screenshot("festival-checkout");
        driver.findElement(By.id("place-order")).click();

        By cardNumber = By.cssSelector("#card-element input");
        wait.until(ExpectedConditions.visibilityOfElementLocated(cardNumber));
        driver.findElement(cardNumber).sendKeys("4242 4242 4242 4242");
        driver.findElement(By.id("pay")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.invisibilityOfElementLocated(cardNumber));
        String group = driver.getCurrentUrl().replaceAll(".*/orders/", "").replaceAll("[?#].*", "");
        OrderView order = orders.orderGroup(buyer, group).orders().get(0);
        OrderLineView peelLine = line(order, peel.skuId());
        assertThat(peelLine.adjustments())
                .extracting(a -> a.terms().label())
                .as("the line's share of the 满减 and of the coupon")
                .containsExactlyInAnyOrder("柑橘满减 满99减10/满199减30", "柑橘节平台券");
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("柑橘满减 满99减10", "柑橘节平台券", "茶枝柑直降");
        browser.screenshot("festival-order");

        BigDecimal paidForPeel = peelLine.lineTotal();
        assertThat(paidForPeel.add(peelLine.adjustments().stream()
                        .map(PriceAdjustment::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)))
                .as("what the line paid and its discounts make its price")
                .isEqualByComparingTo("50.00");
        assertThat(paidForPeel).isLessThan(new BigDecimal("50.00"));
        driver.findElement(By.cssSelector("#ask-" + order.number() + " summary"))
                .click();
        WebElement tangerineUnits =
                driver.findElement(By.id("quantity-" + order.number() + "-" + index(order, tangerines.skuId())));
        tangerineUnits.clear();
        tangerineUnits.sendKeys("0");
        driver.findElement(By.id("details-" + order.number())).sendKeys("陈皮受潮");
        driver.findElement(By.id("ask-after-sale-" + order.number())).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "陈皮受潮"));
        AfterSaleView asked = orders.afterSales(buyer, order.number()).get(0);
        assertThat(asked.amount())
                .as("the peel's price less its share of the discounts: what the buyer paid for it")
                .isEqualByComparingTo(paidForPeel);
        orders.moveAfterSale(shop.staff(), asked.id(), AfterSaleState.REFUNDED, null);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> refundedFen(order.number())
                        == paidForPeel.movePointRight(2).longValueExact());
        driver.navigate().refresh();
        assertThat(driver.findElement(By.id("after-sale-" + asked.id())).getText())
                .contains("已退款");
        browser.screenshot("festival-refunded");
    }

    private long campaign(String name, CampaignRule rule) {
        long id = promotions
                .createCampaign(
                        TestMarketplace.OPERATOR,
                        new CreateCampaignCommand(
                                FESTIVAL, name, null, null, null, List.of(SHOP), Funder.SHOP, rule, null, null))
                .id();
        promotions.moveCampaign(TestMarketplace.OPERATOR, id, CampaignState.ENROLMENT, null);
        return id;
    }

    private void enrol(long campaign, long sku, BigDecimal price) {
        long enrolment = promotions
                .enrol(shop.staff(), campaign, new EnrolCommand(sku, price, null))
                .id();
        promotions.reviewEnrolment(TestMarketplace.OPERATOR, enrolment, true, null);
    }

    private static OrderLineView line(OrderView order, long sku) {
        return order.lines().stream().filter(l -> l.skuId() == sku).findFirst().orElseThrow();
    }

    private static int index(OrderView order, long sku) {
        return order.lines().indexOf(line(order, sku));
    }

    private static void signIn(WebDriver driver, WebDriverWait wait) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login")))
                .sendKeys(BUYER);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
    }

    private long refundedFen(String orderNumber) {
        return transactions.executeRead(status -> {
            try (var select = status.getConnection()
                    .prepareStatement("SELECT COALESCE(SUM(r.amount), 0) FROM stripe_stub_refund r"
                            + " JOIN orders_payment p ON p.intent_id = r.payment_intent"
                            + " JOIN orders_order o ON o.group_id = p.group_id WHERE o.number = ?")) {
                select.setString(1, orderNumber);
                try (var rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}
