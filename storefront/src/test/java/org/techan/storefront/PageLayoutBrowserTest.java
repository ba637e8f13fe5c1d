package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.ProductQuery;
import org.techan.catalog.ProductView;
import org.techan.catalog.SkuView;
import org.techan.orders.AfterSaleKind;
import org.techan.orders.AfterSaleReason;
import org.techan.orders.AfterSaleState;
import org.techan.orders.RequestAfterSaleCommand;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.testsupport.TestInfrastructure;
import org.techan.testsupport.browser.HeadlessChromium;
import org.techan.testsupport.browser.PageChecks;
import org.techan.testsupport.browser.RequiresChromium;

/**
 * Every page, public and signed in, on the demo marketplace, as the role that uses it: on a phone
 * (390×844) and a laptop (1366×900) nothing is wider than the window, and on the phone axe-core
 * finds no serious or critical accessibility violation. A page the router serves that this test
 * does not visit fails it, so a new page cannot skip these checks.
 */
@RequiresChromium
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageLayoutBrowserTest implements TestPropertyProvider {

    private static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();
    private static final String SHOP = "songkou-ligan";
    private static final String BUYER = "13912340001";
    private static final String BUYER_PASSWORD = "layout-buyer-2026";

    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    @Inject
    CatalogApi catalog;

    @Inject
    Accounts accounts;

    @Inject
    org.techan.orders.OrdersApi orders;

    @Inject
    org.techan.promotions.PromotionsApi promotions;

    @Inject
    org.techan.wholesale.WholesaleApi wholesale;

    @Inject
    org.techan.search.SearchApi search;

    private HeadlessChromium browser;
    private PageChecks checks;
    private final Set<String> visitedTemplates = new TreeSet<>();
    private final List<String> failures = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        LOG.start();
        ((Logger) LoggerFactory.getLogger("org.techan.storefront.demo.DemoPasswords")).addAppender(LOG);
        return Map.of(
                "datasources.default.url", TestInfrastructure.separateDatabase("layout"),
                "elasticsearch.index-prefix", TestInfrastructure.separateIndexPrefix("layout"),
                "techan.demo-data.enabled", "true");
    }

    @BeforeAll
    void demoMarketplaceAndBrowser() {
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> catalog.publishedProducts(ProductQuery.everything(), 0, 1)
                                        .total()
                                >= 150
                        && !catalog.pavilions().isEmpty());
        accounts.register(new RegisterAccountCommand(BUYER, BUYER_PASSWORD, "版式买家", Role.CONSUMER));
        browser = HeadlessChromium.start();
        checks = new PageChecks(browser.driver());
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyPageFitsAPhoneAndALaptopAndPassesTheAccessibilityCheck() {
        ProductView product = shopProduct();
        SkuView sku =
                product.skus().stream().filter(SkuView::inStock).findFirst().orElseThrow();
        String traceCode = product.batches().get(0).traceCode();
        String category = catalog.categories().get(0).slug();
        Passwords passwords = passwords();
        long campaign = campaignWithAnEnrolment(passwords, sku.id());

        check(
                "anonymous",
                "/",
                "/search?q=" + java.net.URLEncoder.encode("李干", java.nio.charset.StandardCharsets.UTF_8),
                "/search?q=zzzzqqq",
                "/sign-in",
                "/sign-up",
                "/legal/terms",
                "/legal/privacy",
                "/apply",
                "/wholesale/apply",
                "/cart",
                "/products/" + product.id(),
                "/shops/" + SHOP,
                "/pavilions/yongtai",
                "/festivals",
                "/festivals/new-year-goods",
                "/festivals/luoyang-peony-festival",
                "/coupons",
                "/categories/" + category,
                "/trace/" + traceCode);
        look("anonymous", "/products/999999999");
        open("/shops/" + SHOP);
        assertThat(browser.driver().findElement(By.id("shop-products")).getText())
                .as("a shop's page lists its products")
                .contains(product.titleZh());

        signIn(BUYER, BUYER_PASSWORD);
        String order = placeOrder(product.id(), sku.id());
        open("/products/" + product.id());
        browser.click(By.id("add-" + sku.id()));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/cart"));
        // An after-sale request, so that the buyer's, the shop's and (once disputed) the operator's
        // pages show it with the answers each may give.
        Actor buyer = accounts.authenticate(BUYER, BUYER_PASSWORD, "192.0.2.30").actor();
        // A coupon in the wallet, so the checkout page shows its coupon choice and the centre the wallet.
        promotions.claimCouponByCode(buyer, "XINREN5");
        String shopOrder = orders.orderGroup(buyer, order).orders().get(0).number();
        long afterSale = orders.requestAfterSale(
                        buyer,
                        shopOrder,
                        new RequestAfterSaleCommand(
                                AfterSaleKind.RETURN,
                                AfterSaleReason.DAMAGED,
                                new BigDecimal("10.00"),
                                "外箱压坏，三袋漏气",
                                List.of(new org.techan.orders.AfterSaleLine(sku.id(), 1))))
                .id();
        check(
                "consumer",
                "/cart",
                "/checkout",
                "/orders",
                "/orders/" + order,
                "/notices",
                "/account/addresses",
                "/coupons");
        signOut();

        signIn(SHOP + ".staff", passwords.others());
        open("/coop/orders");
        String slip = URI.create(browser.driver()
                        .findElement(By.cssSelector("a[id^='slip-']"))
                        .getAttribute("href"))
                .getPath();
        open(slip);
        assertThat(browser.driver().findElement(By.id("packing-slip")).getText())
                .as("the packing slip: who, where, what")
                .contains("版式买家 " + BUYER, "上海市 浦东新区 陆家嘴街道 银城中路 501 号", product.titleZh(), "工作日下午送达");
        check("staff", slip);
        check(
                "staff",
                "/coop",
                "/coop/orders",
                "/coop/picking",
                "/coop/products/import",
                "/coop/products/new",
                "/coop/products/" + product.id(),
                "/coop/shipping",
                "/coop/wholesale",
                "/coop/wholesale/orders/" + shopOrder + "/weighing",
                "/coop/promotions");
        signOut();
        Actor staff = accounts.authenticate(SHOP + ".staff", passwords.others(), "192.0.2.31")
                .actor();
        orders.moveAfterSale(staff, afterSale, AfterSaleState.REFUSED, "发货时外箱完好，有发货照片");
        offeredWholesale(staff, product.id(), sku.id());
        orders.moveAfterSale(buyer, afterSale, AfterSaleState.DISPUTED, "快递员签收时已破损");

        signIn("yongtai-post.clerk", passwords.others());
        check("clerk", "/store", "/store/pickups");
        signOut();

        signIn("ops", passwords.operator());
        check(
                "operator",
                "/ops",
                "/ops/batches/" + traceCode,
                "/ops/catalog",
                "/ops/festivals",
                "/ops/campaigns",
                "/ops/campaigns/" + campaign,
                "/ops/certificates",
                "/ops/payments",
                "/ops/search",
                "/ops/stores",
                "/ops/wholesale",
                "/ops/wholesale/report");
        signOut();

        signIn(wholesaleBuyer(), "layout-canteen-2026");
        check(
                "wholesale buyer",
                "/wholesale",
                "/wholesale/quick-order",
                "/wholesale/orders",
                "/wholesale/catalogue",
                "/products/" + product.id());
        signOut();

        assertThat(visitedTemplates)
                .as("every page the router serves was checked")
                .containsAll(htmlPages());
        assertThat(failures).isEmpty();
    }

    /** The SKU on offer wholesale from a producing base, found in the wholesale catalogue. */
    private void offeredWholesale(Actor staff, long productId, long skuId) {
        wholesale.saveOffer(
                staff,
                new org.techan.wholesale.OfferCommand(
                        skuId,
                        org.techan.wholesale.PackKind.BOX,
                        5000,
                        10,
                        10,
                        null,
                        List.of(
                                new org.techan.wholesale.PriceTier(10, new BigDecimal("30.00")),
                                new org.techan.wholesale.PriceTier(50, new BigDecimal("27.50"))),
                        org.techan.wholesale.Grade.FIRST,
                        "GB/T 10651-2008",
                        null,
                        20));
        wholesale.saveProducingBase(
                staff,
                new org.techan.wholesale.ProducingBaseCommand(
                        "版式测试基地", "350125", "嵩口镇月洲村", new BigDecimal("350.5"), List.of(6, 7)));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> search
                        .search(org.techan.search.SearchQuery.everything()
                                .wholesale(org.techan.search.WholesaleFilter.anyOffer()))
                        .items()
                        .stream()
                        .anyMatch(hit -> hit.id() == productId));
    }

    /** The admin of a verified canteen, with a colleague: what a wholesale buyer's pages show. */
    private String wholesaleBuyer() {
        String login = "13912340002";
        String first17 = "91310115MA1K4LAY0";
        org.techan.wholesale.OrganisationView canteen = wholesale.apply(
                new org.techan.wholesale.ApplyOrganisationCommand(
                        "浦东机关第一食堂",
                        first17 + org.techan.wholesale.CreditCode.checkCharacter(first17),
                        org.techan.wholesale.OrganisationKind.CANTEEN,
                        "310115",
                        "世纪大道 100 号",
                        new org.techan.platform.SignUpCommand(
                                login,
                                "layout-canteen-2026",
                                "食堂采购张主任",
                                true,
                                accounts.legalTerms().version())),
                "layout");
        WholesaleFixtures.licensed(wholesale, canteen);
        wholesale.review(org.techan.catalog.fixtures.TestMarketplace.OPERATOR, canteen.id(), true, null);
        wholesale.addMember(
                accounts.authenticate(login, "layout-canteen-2026", "layout").actor(),
                new org.techan.wholesale.AddMemberCommand(
                        "13912340003",
                        "layout-canteen-2026",
                        "采购员小李",
                        java.util.Set.of(org.techan.wholesale.MemberRole.BUYER)));
        return login;
    }

    /** Visits each path at both sizes, as whoever is signed in now, and records what does not fit. */
    private void check(String role, String... paths) {
        for (String path : paths) {
            look(role, path);
        }
    }

    private void look(String role, String path) {
        for (int[] size : new int[][] {{390, 844}, {1366, 900}}) {
            checks.viewport(size[0], size[1]);
            open(path);
            String shown = URI.create(browser.driver().getCurrentUrl()).getPath();
            if (!shown.equals(URI.create(path).getPath())) {
                failures.add(role + " " + path + ": ended at " + shown + " instead");
                continue;
            }
            visitedTemplates.add(template(shown));
            String where = role + " " + path + " at " + size[0] + "×" + size[1];
            checks.overflow().forEach(problem -> failures.add(where + ": " + problem));
            if (size[0] < 400) {
                checks.seriousAccessibilityViolations().forEach(problem -> failures.add(where + ": " + problem));
                browser.screenshot("layout-" + role + path.replaceAll("[^a-zA-Z0-9]+", "-"));
            }
        }
    }

    /** Buys one unit for delivery through the pages, as a shopper would, and returns the order's number. */
    private String placeOrder(long productId, long skuId) {
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        checks.viewport(390, 844);
        open("/products/" + productId);
        browser.click(By.id("add-" + skuId));
        wait.until(ExpectedConditions.urlContains("/cart"));
        open("/checkout");
        driver.findElement(By.id("recipient")).sendKeys("版式买家");
        driver.findElement(By.id("phone")).sendKeys(BUYER);
        // The cascade: each choice loads the level below it.
        new Select(driver.findElement(By.id("region-province"))).selectByVisibleText("上海市");
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("region-city"))))
                .selectByVisibleText("上海市");
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("region-county"))))
                .selectByVisibleText("浦东新区");
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("region-township"))))
                .selectByVisibleText("陆家嘴街道");
        driver.findElement(By.id("street")).sendKeys("银城中路 501 号");
        driver.findElement(By.id("remarks")).sendKeys("工作日下午送达");
        browser.click(By.id("place-order"));
        wait.until(ExpectedConditions.urlMatches(".*/orders/[^/]+$"));
        // Paid, so that the shop sees it (with the stub's test card, typed into the provider's field).
        By cardNumber = By.cssSelector("#card-element input");
        wait.until(ExpectedConditions.visibilityOfElementLocated(cardNumber)).sendKeys("4242 4242 4242 4242");
        browser.click(By.id("pay"));
        // The page reloads once paid: a look at the field while it goes may find a node that already
        // left the document, which Chromium reports as an error rather than as gone.
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.invisibilityOfElementLocated(cardNumber));
        assertThat(driver.findElement(By.id("deliver-to")).getText())
                .as("a shopper in Shanghai, anywhere in the country, with the full address")
                .contains("上海市 浦东新区 陆家嘴街道 银城中路 501 号");
        return URI.create(driver.getCurrentUrl()).getPath().replaceAll(".*/orders/", "");
    }

    private void signIn(String login, String password) {
        WebDriver driver = browser.driver();
        open("/sign-in");
        driver.findElement(By.id("login")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(password);
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

    private void open(String path) {
        browser.driver().get(server.getURL() + path);
    }

    /** The templates of the GET routes that render pages (not files, images or the JSON API). */
    private Set<String> htmlPages() {
        Set<String> pages = new TreeSet<>();
        for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
            if (route.getHttpMethod() == HttpMethod.GET
                    && route.getProduces().contains(MediaType.TEXT_HTML_TYPE)
                    && !route.getUriMatchTemplate().toString().startsWith("/api/")) {
                pages.add(route.getUriMatchTemplate().toString());
            }
        }
        assertThat(pages).as("the router's pages").hasSizeGreaterThan(25);
        return pages;
    }

    private String template(String path) {
        return router.uriRoutes()
                .filter(route -> route.getHttpMethod() == HttpMethod.GET)
                .filter(route -> route.getProduces().contains(MediaType.TEXT_HTML_TYPE))
                .filter(route -> route.getUriMatchTemplate().match(path).isPresent())
                .map(route -> route.getUriMatchTemplate().toString())
                .findFirst()
                .orElse(path);
    }

    private ProductView shopProduct() {
        return catalog.publishedProducts(new ProductQuery(null, null, SHOP), 0, 50).items().stream()
                .filter(p -> p.skus().stream().anyMatch(SkuView::inStock)
                        && !p.batches().isEmpty())
                .findFirst()
                .orElseThrow();
    }

    private record Passwords(String operator, String others) {}

    /** The demo's random passwords, written once to the log when it loaded. */
    /** A 满减 campaign taking enrolments with the shop's SKU enrolled, so both consoles show their forms. */
    private long campaignWithAnEnrolment(Passwords passwords, long skuId) {
        Actor operator =
                accounts.authenticate("ops", passwords.operator(), "192.0.2.32").actor();
        Actor staff = accounts.authenticate(SHOP + ".staff", passwords.others(), "192.0.2.33")
                .actor();
        long campaign = promotions
                .createCampaign(
                        operator,
                        new org.techan.promotions.CreateCampaignCommand(
                                "new-year-goods",
                                "年货节满199减20",
                                null,
                                null,
                                null,
                                null,
                                null,
                                org.techan.promotions.CampaignRule.amountOff(
                                        List.of(new org.techan.promotions.CampaignRule.Tier(
                                                new BigDecimal("199"), new BigDecimal("20"))),
                                        false,
                                        false),
                                null,
                                null))
                .id();
        promotions.moveCampaign(operator, campaign, org.techan.promotions.CampaignState.ENROLMENT, null);
        promotions.enrol(staff, campaign, new org.techan.promotions.EnrolCommand(skuId, null, null));
        return campaign;
    }

    private static Passwords passwords() {
        Map<String, String> found = new LinkedHashMap<>();
        for (ILoggingEvent event : LOG.list) {
            Matcher shown = Pattern.compile("operator 'ops' → (\\S+) ;.* '\\S+' → (\\S+)$")
                    .matcher(event.getFormattedMessage());
            if (shown.find()) {
                found.put("operator", shown.group(1));
                found.put("others", shown.group(2));
            }
        }
        assertThat(found).as("the demo's passwords in the log").containsKeys("operator", "others");
        return new Passwords(found.get("operator"), found.get("others"));
    }
}
