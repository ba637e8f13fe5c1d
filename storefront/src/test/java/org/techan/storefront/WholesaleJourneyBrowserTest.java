package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Accounts;
import org.techan.platform.MarketCalendar;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.testsupport.browser.HeadlessChromium;
import org.techan.testsupport.browser.RequiresChromium;
import org.techan.wholesale.AddMemberCommand;
import org.techan.wholesale.CreditCode;
import org.techan.wholesale.Grade;
import org.techan.wholesale.MemberRole;
import org.techan.wholesale.OfferCommand;
import org.techan.wholesale.OrganisationView;
import org.techan.wholesale.PackKind;
import org.techan.wholesale.PriceTier;
import org.techan.wholesale.WholesaleApi;

/**
 * Wholesale in Chromium, as its people meet it: a canteen applies, an operator verifies it, its
 * buyer uploads a CSV with mistakes, fixes them in the box and sends the order, which is above the
 * canteen's threshold; its approver approves, the buyer places and pays it, the shop weighs the
 * apples short within their tolerance at packing, and the buyer gets the difference back.
 */
@RequiresChromium
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholesaleJourneyBrowserTest {

    private static final String VILLAGE = "410328100203";
    private static final String SHOP = "luoning-bulk-journey";
    private static final String STAFF = "luoning.bulk.staff";
    private static final String OPERATOR = "bulk.journey.ops";
    private static final String BUYER = "13633330001";
    private static final String APPROVER = "13633330002";
    private static final String PASSWORD = "bulk-journey-26";

    private HeadlessChromium browser;

    @Inject
    EmbeddedServer server;

    @Inject
    TestMarketplace market;

    @Inject
    WholesaleApi wholesale;

    @Inject
    Accounts accounts;

    @Inject
    TransactionOperations<Connection> transactions;

    private long apples;
    private long jam;

    @BeforeAll
    void luoning() {
        market.regions(VILLAGE, "河南省/Henan", "洛阳市/Luoyang", "洛宁县/Luoning", "城郊乡", "果园二村");
        TestMarketplace.Shop shop = market.aShop(SHOP)
                .named("洛宁苹果批发基地")
                .inVillage(VILLAGE)
                .staff(STAFF, PASSWORD)
                .open();
        apples = market.aProduct(shop, "洛宁苹果 10 斤筐")
                .priced("45.00")
                .withBatch(500)
                .create()
                .skuId();
        jam = market.aProduct(shop, "苹果酱 箱")
                .priced("80.00")
                .withBatch(50)
                .create()
                .skuId();
        wholesale.saveOffer(
                shop.staff(),
                new OfferCommand(
                        apples,
                        PackKind.BOX,
                        5000,
                        10,
                        10,
                        null,
                        List.of(new PriceTier(10, new BigDecimal("40.00"))),
                        Grade.FIRST,
                        "GB/T 10651",
                        new BigDecimal("2"),
                        null));
        accounts.register(new RegisterAccountCommand(OPERATOR, PASSWORD, "批发运营", Role.OPERATOR));
        browser = HeadlessChromium.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCanteenFromItsApplicationToAWeighingRefund() throws Exception {
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));

        // The canteen applies; its contact is signed in at once to watch the review.
        open("/wholesale/apply");
        String first17 = "12410328" + String.format("%09d", System.currentTimeMillis() % 1_000_000_000L);
        driver.findElement(By.id("name")).sendKeys("洛宁县第一中学食堂");
        driver.findElement(By.id("creditCode")).sendKeys(first17 + CreditCode.checkCharacter(first17));
        new Select(driver.findElement(By.id("kind"))).selectByValue("CANTEEN");
        choose(wait, "region-province", "河南省");
        choose(wait, "region-city", "洛阳市");
        choose(wait, "region-county", "洛宁县");
        driver.findElement(By.id("street")).sendKeys("永宁大道 1 号");
        driver.findElement(By.id("displayName")).sendKeys("食堂刘主任");
        driver.findElement(By.id("login")).sendKeys(BUYER);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.click(By.id("acceptTerms"));
        browser.screenshot("wholesale-apply");
        driver.findElement(By.id("apply-submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("organisation-state")))
                        .getText())
                .contains("审核");
        // Next, the scan of its business licence.
        Path licence = Files.createTempFile("licence", ".png");
        Files.write(licence, org.techan.storefront.demo.DemoLicence.scan(first17 + CreditCode.checkCharacter(first17)));
        driver.findElement(By.id("licence-file")).sendKeys(licence.toString());
        browser.click(By.id("attach-licence"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("licence-link")));
        signOut();

        // An operator looks at the licence and verifies it.
        signIn(OPERATOR);
        open("/ops/wholesale");
        OrganisationView canteen = wholesale.applications(TestMarketplace.OPERATOR).stream()
                .filter(o -> o.name().equals("洛宁县第一中学食堂"))
                .findFirst()
                .orElseThrow();
        assertThat(driver.findElement(By.id("licence-" + canteen.id())).getAttribute("href"))
                .endsWith("/ops/wholesale/" + canteen.id() + "/licence");
        browser.click(By.id("verify-" + canteen.id()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("organisation-" + canteen.id()), "已认证"));
        signOut();
        var admin = accounts.authenticate(BUYER, PASSWORD, "journey").actor();
        wholesale.setApprovalThreshold(admin, new BigDecimal("500"));
        wholesale.addMember(admin, new AddMemberCommand(APPROVER, PASSWORD, "会计王老师", Set.of(MemberRole.APPROVER)));

        // The buyer uploads a file with mistakes, fixes them in the box and sends the order.
        signIn(BUYER);
        open("/wholesale/quick-order");
        Path file = Files.createTempFile("quick-order", ".csv");
        Files.writeString(file, "sku,quantity\n" + apples + ",25\n" + jam + ",5\n", StandardCharsets.UTF_8);
        driver.findElement(By.id("file")).sendKeys(file.toString());
        driver.findElement(By.id("check-quick-order")).click();
        String problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-problems")))
                .getText();
        assertThat(problems).contains("第 2 行", "第 3 行", "“苹果酱 箱”不接受批发订购");
        browser.screenshot("wholesale-problems");
        var box = driver.findElement(By.id("lines"));
        box.clear();
        box.sendKeys("sku,quantity\n" + apples + ",20\n");
        driver.findElement(By.id("check-quick-order")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("place-form")));
        assertThat(driver.findElement(By.id("draft")).getText()).contains("¥800.00");
        driver.findElement(By.id("purchaseOrder")).sendKeys("LN-2026-031");
        String deliverOn =
                MarketCalendar.today(java.time.Clock.systemUTC()).plusDays(3).toString();
        ((JavascriptExecutor) driver)
                .executeScript("document.getElementById('deliverOn').value = arguments[0]", deliverOn);
        browser.screenshot("wholesale-draft");
        driver.findElement(By.id("place-quick-order")).click();
        wait.until(ExpectedConditions.urlContains("/wholesale/orders"));
        assertThat(driver.findElement(By.id("requisitions")).getText()).contains("LN-2026-031", "等待审批");
        signOut();

        // The approver approves it.
        signIn(APPROVER);
        open("/wholesale");
        assertThat(driver.findElement(By.id("requisitions-waiting")).getText()).contains("1 个采购申请等待您审批");
        // Told in the inbox (and by e-mail where the login is an address), which leads to the request.
        open("/notices");
        assertThat(driver.findElement(By.id("notices")).getText()).contains("的采购申请 LN-2026-031", "等待您审批");
        browser.click(By.cssSelector("#notices ul.notices a"));
        wait.until(ExpectedConditions.urlContains("/wholesale/orders#requisition-"));
        long requisition = wholesale.requisitions(admin).get(0).id();
        browser.click(By.id("approve-" + requisition));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requisition-" + requisition), "已批准"));
        signOut();

        // The buyer is told, and places and pays it.
        signIn(BUYER);
        open("/notices");
        assertThat(driver.findElement(By.id("notices")).getText()).contains("已批准您的采购申请 LN-2026-031");
        open("/wholesale/orders");
        browser.click(By.id("place-requisition-" + requisition));
        By cardNumber = By.cssSelector("#card-element input");
        wait.until(ExpectedConditions.visibilityOfElementLocated(cardNumber));
        assertThat(driver.findElement(By.id("business-terms")).getText()).contains("LN-2026-031", deliverOn);
        driver.findElement(cardNumber).sendKeys("4242 4242 4242 4242");
        driver.findElement(By.id("pay")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.invisibilityOfElementLocated(cardNumber));
        String group = driver.getCurrentUrl().replaceAll(".*/orders/", "").replaceAll("[?#].*", "");
        signOut();

        // The shop weighs the apples at packing: 99 kg of 100, within the 2 % tolerance.
        signIn(STAFF);
        open("/coop/orders");
        browser.click(By.cssSelector("a[id^='weigh-']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kg-" + apples)))
                .sendKeys("99");
        browser.screenshot("wholesale-weighing");
        driver.findElement(By.id("record-weights")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("weighed-" + apples)))
                        .getText())
                .contains("实重 99.000 千克", "差价 ¥8.00", "已结算");
        signOut();

        // The buyer sees the weighing and gets ¥8.00 back: 1 % of the line's ¥800.
        signIn(BUYER);
        open("/orders/" + group);
        assertThat(driver.findElement(By.id("weighings")).getText()).contains("差价 ¥8.00", "已结算");
        browser.screenshot("wholesale-refunded");
        await().atMost(Duration.ofSeconds(30)).until(() -> refundedFen(group) == 800);
    }

    private void choose(WebDriverWait wait, String id, String name) {
        wait.until(driver -> new Select(driver.findElement(By.id(id)))
                .getOptions().stream().anyMatch(option -> option.getText().equals(name)));
        new Select(browser.driver().findElement(By.id(id))).selectByVisibleText(name);
    }

    private void open(String path) {
        browser.driver().get(server.getURL() + path);
    }

    private void signIn(String login) {
        WebDriver driver = browser.driver();
        open("/sign-in");
        driver.findElement(By.id("login")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    private void signOut() {
        browser.openMenu();
        browser.driver().findElement(By.id("sign-out")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("nav-sign-in")));
    }

    /** What the payment provider (the stub) has paid back on the checkout, in fen. */
    private long refundedFen(String groupNumber) {
        return transactions.executeRead(status -> {
            try (var select = status.getConnection()
                    .prepareStatement("SELECT COALESCE(SUM(r.amount), 0) FROM stripe_stub_refund r"
                            + " JOIN orders_payment p ON p.intent_id = r.payment_intent"
                            + " JOIN orders_group g ON g.id = p.group_id WHERE g.number = ?")) {
                select.setString(1, groupNumber);
                try (var rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}
