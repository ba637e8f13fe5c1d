package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.StockPort;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.OrdersApi;
import org.techan.orders.PlaceOrderCommand;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.Role;

/** A program signs up a consumer, checks out with an idempotency key, reads and cancels its order. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutApiTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "130129100201";

    @Inject
    CardPayments cards;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    StockPort stock;

    @Inject
    JsonMapper json;

    @Inject
    OrdersApi orders;

    @Inject
    Accounts accounts;

    private long dates;

    /** A signed-in API client: its session cookie and CSRF token. */
    private record ApiClient(String session, String csrf) {}

    @BeforeAll
    void zanhuang() {
        market.regions(VILLAGE, "河北省/Hebei", "石家庄市/Shijiazhuang", "赞皇县/Zanhuang", "赞皇镇", "大枣村");
        TestMarketplace.Shop jujubeShop = market.aShop("zanhuang-jujube")
                .named("赞皇大枣合作社")
                .inVillage(VILLAGE)
                .selling("大枣")
                .contact("赵刚", "13903110000")
                .staff("zanhuang.staff", "jujube-2026-pw")
                .open();
        dates = market.aProduct(jujubeShop, "赞皇大枣")
                .inCategory("dried-preserved-fruit")
                .titledInEnglish("Zanhuang jujubes")
                .povertyRelief()
                .describedAs("赞皇原生大枣。")
                .kept(TemperatureClass.AMBIENT, 365)
                .harvestedIn(9, 10)
                .sku(new SkuCommand("2 斤装", null, SaleUnit.BAG, 1000, new BigDecimal("45.00")))
                .withBatch(
                        30,
                        org.techan.platform.MarketCalendar.today(java.time.Clock.systemUTC())
                                .minusDays(10),
                        "大枣村东坡")
                .create()
                .skuId();
    }

    @Test
    void shouldSignUpCheckOutOnceForARepeatedKeyAndCancel() throws IOException {
        ApiClient buyer = signUp("13911112222", "李娜");
        int before = stock.skusForSale(List.of(dates)).get(0).available();
        String body = checkoutBody(3);

        HttpResponse<String> first = send(checkout(buyer, "order-2026-0001", body));
        HttpResponse<String> retry = send(checkout(buyer, "order-2026-0001", body));

        assertThat(first.code()).isEqualTo(201);
        JsonNode group = read(first);
        String number = group.get("number").getStringValue();
        assertThat(first.header("Location")).isEqualTo("/api/v1/orders/" + number);
        assertThat(group.get("orders").get(0).get("state").getStringValue()).isEqualTo("PENDING_PAYMENT");
        assertThat(new BigDecimal(group.get("total").getValue().toString())).isEqualByComparingTo("135.00");
        assertThat(read(retry).get("number").getStringValue()).isEqualTo(number);
        assertThat(stock.skusForSale(List.of(dates)).get(0).available()).isEqualTo(before - 3);

        JsonNode mine = read(send(authorised(HttpRequest.GET("/api/v1/orders"), buyer)));
        assertThat(mine.get(0).get("number").getStringValue()).isEqualTo(number);
        ApiClient stranger = signUp("stranger@example.cn", "路人");
        assertThat(send(authorised(HttpRequest.GET("/api/v1/orders/" + number), stranger))
                        .code())
                .isEqualTo(404);

        String other = read(send(checkout(buyer, "order-2026-0002", checkoutBody(1))))
                .get("number")
                .getStringValue();
        JsonNode payment = read(send(authorised(HttpRequest.POST("/api/v1/orders/" + other + "/payment", ""), buyer)
                .header("X-CSRF-Token", buyer.csrf())));
        assertThat(payment.get("publishableKey").getStringValue()).startsWith("pk_test_");
        assertThat(payment.get("clientSecret").getStringValue())
                .startsWith(payment.get("intentId").getStringValue() + "_secret_");
        assertThatThrownBy(() -> confirmAtProvider(payment, "4000000000000002"))
                .isInstanceOf(CardPayments.Declined.class);
        assertThat(read(checkPayment(buyer, other))
                        .get("orders")
                        .get(0)
                        .get("state")
                        .getStringValue())
                .isEqualTo("PENDING_PAYMENT");
        confirmAtProvider(payment, "4242424242424242");
        assertThat(read(checkPayment(buyer, other))
                        .get("orders")
                        .get(0)
                        .get("state")
                        .getStringValue())
                .isEqualTo("PAID");
        assertThat(send(authorised(
                                        HttpRequest.POST(
                                                "/api/v1/orders/" + other + "/pay",
                                                "{\"cardNumber\": \"4242424242424242\"}"),
                                        buyer)
                                .header("X-CSRF-Token", buyer.csrf())
                                .contentType(MediaType.APPLICATION_JSON_TYPE))
                        .code())
                .as("no route of ours takes card numbers")
                .isEqualTo(404);

        HttpResponse<String> cancelled =
                send(authorised(HttpRequest.POST("/api/v1/orders/" + number + "/cancel", ""), buyer)
                        .header("X-CSRF-Token", buyer.csrf()));
        assertThat(read(cancelled).get("orders").get(0).get("state").getStringValue())
                .isEqualTo("CANCELLED");
        assertThat(stock.skusForSale(List.of(dates)).get(0).available()).isEqualTo(before - 1);
    }

    @Test
    void shouldRefuseCheckoutsWithoutKeyTokenRoleOrStock() throws IOException {
        ApiClient buyer = signUp("13933334444", "张伟");
        assertThat(send(checkout(buyer, null, checkoutBody(1))).code()).isEqualTo(422);
        assertThat(send(authorised(HttpRequest.POST("/api/v1/checkout", checkoutBody(1)), buyer)
                                .header("Idempotency-Key", "no-csrf")
                                .contentType(MediaType.APPLICATION_JSON_TYPE))
                        .code())
                .isEqualTo(403);
        HttpResponse<String> tooMany = send(checkout(buyer, "greedy", checkoutBody(31)));
        assertThat(tooMany.code()).isEqualTo(409);
        assertThat(tooMany.body()).contains("库存不足");
        assertThat(read(send(authorised(HttpRequest.GET("/api/v1/orders"), buyer)))
                        .size())
                .isZero();

        HttpResponse<String> staffSession = send(HttpRequest.POST(
                        "/api/v1/sessions", "{\"login\": \"zanhuang.staff\", \"password\": \"jujube-2026-pw\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        ApiClient staff = client(staffSession);
        assertThat(send(checkout(staff, "staff-buys", checkoutBody(1))).code()).isEqualTo(403);
        assertThat(send(HttpRequest.POST("/api/v1/checkout", checkoutBody(1))
                                .header("Idempotency-Key", "anonymous")
                                .contentType(MediaType.APPLICATION_JSON_TYPE))
                        .code())
                .isEqualTo(401);

        HttpResponse<String> taken = send(HttpRequest.POST(
                        "/api/v1/consumers",
                        "{\"login\": \"13933334444\", \"password\": \"another-pw-2026\", \"displayName\": \"重名\","
                                + " \"acceptedTermsVersion\": \"2026-12-01\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(taken.code()).isEqualTo(409);
        HttpResponse<String> wrongPassword =
                send(HttpRequest.POST("/api/v1/sessions", "{\"login\": \"13933334444\", \"password\": \"wrong\"}")
                        .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(wrongPassword.code()).isEqualTo(422);
    }

    @Test
    void shouldLetShoppersSignUpOnThePageAndExplainATakenLogin() {
        HttpResponse<String> page = FormClient.send(http, HttpRequest.GET("/sign-up"));
        String anonymous = page.getCookie("techan_csrf").orElseThrow().getValue();
        String form = "_csrf=" + anonymous
                + "&login=shopper%40example.cn&displayName=%E5%B0%8F%E7%8E%8B&password=shopper-pw-2026"
                + "&acceptTerms=yes&termsVersion=2026-12-01";

        HttpResponse<String> signedUp = FormClient.send(
                http,
                HttpRequest.POST("/sign-up", form)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        .cookie(Cookie.of("techan_csrf", anonymous)));
        HttpResponse<String> again = FormClient.send(
                http,
                HttpRequest.POST("/sign-up", form)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        .cookie(Cookie.of("techan_csrf", anonymous)));

        assertThat(signedUp.code()).isEqualTo(303);
        assertThat(signedUp.getCookie("techan_session")).isPresent();
        assertThat(again.code()).isEqualTo(409);
        assertThat(again.body()).contains("shopper@example.cn");
    }

    @Test
    void signUpAsksForAMobileOrEMailAndConsentThenReturnsWhereTheShopperWas() {
        HttpResponse<String> cart = FormClient.send(http, HttpRequest.GET("/cart"));
        assertThat(cart.body())
                .as("the header's links come back to the page")
                .contains("href=\"/sign-up?next=/cart\"", "href=\"/sign-in?next=/cart\"");
        HttpResponse<String> page = FormClient.send(http, HttpRequest.GET("/sign-up?next=/cart"));
        assertThat(page.body()).contains("name=\"termsVersion\" value=\"2026-12-01\"", "href=\"/legal/terms\"");
        String anonymous = page.getCookie("techan_csrf").orElseThrow().getValue();
        String form = "_csrf=" + anonymous + "&next=%2Fcart&displayName=%E5%B0%8F%E8%B5%B5&password=shopper-pw-2026"
                + "&termsVersion=2026-12-01";

        HttpResponse<String> badMobile = postSignUp(anonymous, form + "&login=12345&acceptTerms=yes");
        HttpResponse<String> noConsent = postSignUp(anonymous, form + "&login=13920261206");
        HttpResponse<String> signedUp = postSignUp(anonymous, form + "&login=139%202026%201206&acceptTerms=yes");

        assertThat(badMobile.code()).isEqualTo(422);
        assertThat(badMobile.body()).contains("不是手机号码或电子邮箱");
        assertThat(noConsent.code()).isEqualTo(422);
        assertThat(noConsent.body()).contains("请阅读并勾选同意《用户协议》和《隐私政策》");
        assertThat(noConsent.getCookie("techan_session")).isEmpty();
        assertThat(signedUp.code()).isEqualTo(303);
        assertThat(signedUp.header("Location")).isEqualTo("/cart");
        assertThat(accounts.authenticate("13920261206", "shopper-pw-2026", "192.0.2.1")
                        .role())
                .isEqualTo(Role.CONSUMER);
        assertThat(FormClient.send(http, HttpRequest.GET("/legal/privacy")).body())
                .contains("隐私政策", "版本：2026-12-01");
    }

    private HttpResponse<String> postSignUp(String csrf, String form) {
        return FormClient.send(
                http,
                HttpRequest.POST("/sign-up", form)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        .cookie(Cookie.of("techan_csrf", csrf)));
    }

    @Test
    void shouldShowShoppersTheirOrdersAndLetThemPayOnThePage() throws IOException {
        signUp("13955556666", "刘洋");
        FormClient shopper = FormClient.signIn(http, "13955556666", "buyer-pw-2026");
        ApiClient api = signUpFree();
        String number = orders.checkout(
                        accounts.authenticate("13955556666", "buyer-pw-2026", "192.0.2.1")
                                .actor(),
                        new PlaceOrderCommand(
                                "page-1",
                                List.of(new CartLine(dates, 2)),
                                new DeliveryAddress("刘洋", "13955556666", "130102", "中山东路 8 号")))
                .number();

        assertThat(shopper.get("/orders").body())
                .contains("我的订单", number, "¥100.00")
                .as("each shop's order with its state")
                .contains("赞皇大枣合作社：待付款");
        String detail = shopper.get("/orders/" + number).body();
        assertThat(detail)
                .contains("订单 " + number, "赞皇大枣合作社", "4242 4242 4242 4242", "支付 ¥100.00", "订单进度")
                .as("the whole address, with its province and city")
                .contains("送至：刘洋，13955556666，河北省 石家庄市")
                .contains("中山东路 8 号")
                .contains("id=\"card-form\"", "data-key=\"pk_test_", "/stripe-stub/v3/stripe.js", "/js/pay.js")
                .doesNotContain("name=\"cardNumber\"");
        String secret = detail.replaceFirst("(?s).*data-secret=\"([^\"]+)\".*", "$1");
        String intent = secret.substring(0, secret.indexOf("_secret_"));

        assertThatThrownBy(() -> cards.confirm(intent, secret, "pk_test_techan_stub", "4000000000000002"))
                .isInstanceOf(CardPayments.Declined.class);
        assertThat(shopper.post("/orders/" + number + "/payment", List.of()).code())
                .isEqualTo(303);
        assertThat(shopper.get("/orders/" + number).body()).contains("支付 ¥100.00");
        cards.confirm(intent, secret, "pk_test_techan_stub", "4242424242424242");
        HttpResponse<String> paid = shopper.post("/orders/" + number + "/payment", List.of());
        assertThat(paid.code()).isEqualTo(303);
        assertThat(shopper.get("/orders/" + number).body()).contains("已付款").doesNotContain("支付 ¥100.00");

        assertThat(send(authorised(HttpRequest.GET("/orders/" + number), api).accept(MediaType.TEXT_HTML_TYPE))
                        .code())
                .isEqualTo(404);
        FormClient staff = FormClient.signIn(http, "zanhuang.staff", "jujube-2026-pw");
        assertThat(staff.get("/orders").code()).isEqualTo(403);
        assertThat(staff.get("/coop").body()).doesNotContain("id=\"nav-orders\"");
        assertThat(shopper.get("/").body()).contains("id=\"nav-orders\"").doesNotContain("id=\"nav-coop\"");
    }

    @Test
    void oneAccountHoldsAtMostThreeUnpaidCheckouts() throws IOException {
        ApiClient hoarder = signUp("13988889999", "囤货人");
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> placed = send(checkout(hoarder, "hold-" + i, checkoutBody(1)));
            assertThat(placed.code()).isEqualTo(201);
            numbers.add(read(placed).get("number").getStringValue());
        }
        int before = stock.skusForSale(List.of(dates)).get(0).available();

        HttpResponse<String> fourth = send(checkout(hoarder, "hold-4", checkoutBody(1)));
        assertThat(fourth.code()).isEqualTo(409);
        assertThat(fourth.body()).contains("3 笔待付款的订单");
        assertThat(stock.skusForSale(List.of(dates)).get(0).available()).isEqualTo(before);
        assertThat(read(send(checkout(hoarder, "hold-2", checkoutBody(1))))
                        .get("number")
                        .getStringValue())
                .as("repeating an earlier checkout still answers it")
                .isEqualTo(numbers.get(1));

        send(authorised(HttpRequest.POST("/api/v1/orders/" + numbers.get(0) + "/cancel", ""), hoarder)
                .header("X-CSRF-Token", hoarder.csrf()));
        assertThat(send(checkout(hoarder, "hold-4", checkoutBody(1))).code())
                .as("after cancelling one, there is room again")
                .isEqualTo(201);
    }

    /** Twenty copies of each request at the same instant: one effect, one answer, never a 500. */
    @Test
    void simultaneousRepeatsGetOneAnswerAndOneEffect() throws Exception {
        String signUp = "{\"login\": \"13977778888\", \"password\": \"buyer-pw-2026\", \"displayName\": \"周敏\","
                + " \"acceptedTermsVersion\": \"2026-12-01\"}";
        List<HttpResponse<String>> signUps = atOnce(
                () -> send(HttpRequest.POST("/api/v1/consumers", signUp).contentType(MediaType.APPLICATION_JSON_TYPE)));
        assertThat(signUps)
                .extracting(HttpResponse::code)
                .containsOnly(201, 409)
                .containsOnlyOnce(201);
        ApiClient buyer =
                client(signUps.stream().filter(r -> r.code() == 201).findFirst().orElseThrow());

        int before = stock.skusForSale(List.of(dates)).get(0).available();
        String body = checkoutBody(2);
        List<HttpResponse<String>> checkouts = atOnce(() -> send(checkout(buyer, "same-moment-1", body)));
        assertThat(checkouts).extracting(HttpResponse::code).allMatch(code -> code == 201 || code == 200);
        String number = read(checkouts.get(0)).get("number").getStringValue();
        for (HttpResponse<String> answer : checkouts) {
            assertThat(read(answer).get("number").getStringValue()).isEqualTo(number);
        }
        assertThat(stock.skusForSale(List.of(dates)).get(0).available()).isEqualTo(before - 2);

        List<HttpResponse<String>> payments =
                atOnce(() -> send(authorised(HttpRequest.POST("/api/v1/orders/" + number + "/payment", ""), buyer)
                        .header("X-CSRF-Token", buyer.csrf())));
        assertThat(payments).extracting(HttpResponse::code).containsOnly(200);
        String intent = read(payments.get(0)).get("intentId").getStringValue();
        for (HttpResponse<String> answer : payments) {
            assertThat(read(answer).get("intentId").getStringValue()).isEqualTo(intent);
        }

        confirmAtProvider(read(payments.get(0)), "4242424242424242");
        List<HttpResponse<String>> checks = atOnce(() -> checkPayment(buyer, number));
        assertThat(checks).extracting(HttpResponse::code).containsOnly(200);
        assertThat(checks)
                .extracting(
                        answer -> read(answer).get("orders").get(0).get("state").getStringValue())
                .containsOnly("PAID");
        assertThat(read(checks.get(0)).get("orders").get(0).get("timeline").size())
                .as("paid once: PENDING_PAYMENT, then PAID")
                .isEqualTo(2);
        assertThat(read(send(authorised(HttpRequest.GET("/api/v1/orders/" + number), buyer)))
                        .get("orders")
                        .get(0)
                        .get("state")
                        .getStringValue())
                .isEqualTo("PAID");
        assertThat(stock.skusForSale(List.of(dates)).get(0).available()).isEqualTo(before - 2);
    }

    /** Cancels, packs and ships sent twenty times at once: one effect, the same answer or a clean 409, never a 500. */
    @Test
    void simultaneousCancelsAndShopActionsGetOneEffect() throws Exception {
        ApiClient buyer = signUpFree();
        int before = stock.skusForSale(List.of(dates)).get(0).available();
        String unpaid = read(send(checkout(buyer, "cancel-at-once", checkoutBody(1))))
                .get("number")
                .getStringValue();
        List<HttpResponse<String>> cancels =
                atOnce(() -> send(authorised(HttpRequest.POST("/api/v1/orders/" + unpaid + "/cancel", ""), buyer)
                        .header("X-CSRF-Token", buyer.csrf())));
        assertThat(cancels).extracting(HttpResponse::code).containsOnly(200);
        assertThat(cancels)
                .extracting(answer ->
                        read(answer).get("orders").get(0).get("timeline").size())
                .as("cancelled once: PENDING_PAYMENT, then CANCELLED, in every answer")
                .containsOnly(2);
        assertThat(stock.skusForSale(List.of(dates)).get(0).available()).isEqualTo(before);

        String paid = read(send(checkout(buyer, "ship-at-once", checkoutBody(1))))
                .get("number")
                .getStringValue();
        String order = payWithTestCard(buyer, paid);
        ApiClient staff = shopStaff();

        List<HttpResponse<String>> packs =
                atOnce(() -> send(authorised(HttpRequest.POST("/api/v1/coop/orders/" + order + "/pack", ""), staff)
                        .header("X-CSRF-Token", staff.csrf())));
        assertThat(packs).extracting(HttpResponse::code).containsOnly(200, 409).containsOnlyOnce(200);
        String shipment = "{\"carrier\": \"中通快递\", \"trackingNumber\": \"ZT7788990011\"}";
        List<HttpResponse<String>> ships = atOnce(
                () -> send(authorised(HttpRequest.POST("/api/v1/coop/orders/" + order + "/ship", shipment), staff)
                        .header("X-CSRF-Token", staff.csrf())
                        .contentType(MediaType.APPLICATION_JSON_TYPE)));
        assertThat(ships).extracting(HttpResponse::code).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(read(send(authorised(HttpRequest.GET("/api/v1/orders/" + paid), buyer)))
                        .get("orders")
                        .get(0)
                        .get("timeline")
                        .size())
                .as("PENDING_PAYMENT, PAID, PACKED, SHIPPED: each once")
                .isEqualTo(4);

        String tenYuan = "{\"amount\": 10.00, \"reason\": \"包装破损补偿\"}";
        List<HttpResponse<String>> refunds = atOnce(
                () -> send(authorised(HttpRequest.POST("/api/v1/coop/orders/" + order + "/refunds", tenYuan), staff)
                        .header("X-CSRF-Token", staff.csrf())
                        .header("Idempotency-Key", "refund-broken-box")
                        .contentType(MediaType.APPLICATION_JSON_TYPE)));
        assertThat(refunds).extracting(HttpResponse::code).containsOnly(200);
        assertThat(send(authorised(
                                        HttpRequest.POST(
                                                "/api/v1/coop/orders/" + order + "/refunds",
                                                "{\"amount\": 11.00, \"reason\": \"包装破损补偿\"}"),
                                        staff)
                                .header("X-CSRF-Token", staff.csrf())
                                .header("Idempotency-Key", "refund-broken-box")
                                .contentType(MediaType.APPLICATION_JSON_TYPE))
                        .code())
                .as("the key names one refund")
                .isEqualTo(409);
        String rest = read(send(authorised(HttpRequest.GET("/api/v1/orders/" + paid), buyer)))
                .get("orders")
                .get(0)
                .get("total")
                .getNumberValue()
                .toString();
        HttpResponse<String> restBack = send(authorised(
                        HttpRequest.POST(
                                "/api/v1/coop/orders/" + order + "/refunds",
                                "{\"amount\": " + new BigDecimal(rest).subtract(BigDecimal.TEN)
                                        + ", \"reason\": \"整单退回\"}"),
                        staff)
                .header("X-CSRF-Token", staff.csrf())
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(read(restBack).get("state").getStringValue())
                .as("twenty tries with one key gave back ¥10 once: exactly the rest is left")
                .isEqualTo("REFUNDED");
    }

    private HttpResponse<String> checkPayment(ApiClient buyer, String number) throws IOException {
        return send(authorised(HttpRequest.POST("/api/v1/orders/" + number + "/payment/check", ""), buyer)
                .header("X-CSRF-Token", buyer.csrf()));
    }

    /** What a buyer's program does with the payment the API answered: confirms at the provider, not here. */
    private void confirmAtProvider(JsonNode payment, String card) {
        cards.confirm(
                payment.get("intentId").getStringValue(),
                payment.get("clientSecret").getStringValue(),
                payment.get("publishableKey").getStringValue(),
                card);
    }

    /** The same request from 20 threads released together; what each got. */
    private static List<HttpResponse<String>> atOnce(Callable<HttpResponse<String>> request) throws Exception {
        return AtOnce.send(20, request);
    }

    private ApiClient signUpFree() throws IOException {
        return signUp("other" + System.nanoTime() % 100000 + "@example.cn", "别人");
    }

    private ApiClient signUp(String login, String name) throws IOException {
        HttpResponse<String> created = send(HttpRequest.POST(
                        "/api/v1/consumers",
                        "{\"login\": \"" + login + "\", \"password\": \"buyer-pw-2026\", \"displayName\": \"" + name
                                + "\", \"acceptedTermsVersion\": \"2026-12-01\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(created.code()).as(created.body()).isEqualTo(201);
        assertThat(read(created).get("role").getStringValue()).isEqualTo("CONSUMER");
        return client(created);
    }

    private ApiClient client(HttpResponse<String> signedIn) throws IOException {
        return new ApiClient(
                signedIn.getCookie("techan_session").orElseThrow().getValue(),
                read(signedIn).get("csrfToken").getStringValue());
    }

    @Test
    void theBuyersNoteReachesTheShopAndAnOverLongOneIsRefused() throws IOException {
        ApiClient buyer = signUp("13920261207", "留言人");
        String address = " \"address\": {\"recipient\": \"留言人\", \"phone\": \"13920261207\","
                + " \"regionCode\": \"130102\", \"street\": \"中山东路 9 号\"}";
        String lines = "{\"lines\": [{\"skuId\": " + dates + ", \"quantity\": 1}],";

        HttpResponse<String> tooLong = send(
                checkout(buyer, "note-2026-0001", lines + address + ", \"remarks\": \"" + "长".repeat(201) + "\"}"));
        HttpResponse<String> placed =
                send(checkout(buyer, "note-2026-0002", lines + address + ", \"remarks\": \"  请下午三点后送达  \"}"));

        assertThat(tooLong.code()).isEqualTo(422);
        assertThat(tooLong.body()).contains("买家留言最多 200 个字");
        assertThat(placed.code()).as(placed.body()).isEqualTo(201);
        String order = payWithTestCard(buyer, read(placed).get("number").getStringValue());
        ApiClient staff = shopStaff();
        HttpResponse<String> shopOrders = send(authorised(HttpRequest.GET("/api/v1/coop/orders"), staff));
        assertThat(shopOrders.body()).as("the coop API").contains("\"buyerRemarks\":\"请下午三点后送达\"");
        FormClient staffPages = FormClient.signIn(http, "zanhuang.staff", "jujube-2026-pw");
        assertThat(staffPages.get("/coop/orders").body()).contains("买家留言：请下午三点后送达");
        assertThat(staffPages.get("/coop/orders/" + order + "/slip").body())
                .contains("留言人 13920261207", "中山东路 9 号", "请下午三点后送达");
    }

    /** Pays the checkout with the stub's test card and answers its (one) shop order's number. */
    private String payWithTestCard(ApiClient buyer, String group) throws IOException {
        confirmAtProvider(
                read(send(authorised(HttpRequest.POST("/api/v1/orders/" + group + "/payment", ""), buyer)
                        .header("X-CSRF-Token", buyer.csrf()))),
                "4242424242424242");
        return read(checkPayment(buyer, group))
                .get("orders")
                .get(0)
                .get("number")
                .getStringValue();
    }

    private ApiClient shopStaff() throws IOException {
        return client(send(
                HttpRequest.POST("/api/v1/sessions", Map.of("login", "zanhuang.staff", "password", "jujube-2026-pw"))
                        .contentType(MediaType.APPLICATION_JSON_TYPE)));
    }

    private String checkoutBody(int quantity) {
        return "{\"lines\": [{\"skuId\": " + dates + ", \"quantity\": " + quantity + "}],"
                + " \"address\": {\"recipient\": \"李娜\", \"phone\": \"13911112222\", \"regionCode\": \"130102\","
                + " \"street\": \"中山东路 8 号\"}}";
    }

    private MutableHttpRequest<?> checkout(ApiClient client, String key, String body) {
        MutableHttpRequest<?> request = authorised(HttpRequest.POST("/api/v1/checkout", body), client)
                .header("X-CSRF-Token", client.csrf())
                .contentType(MediaType.APPLICATION_JSON_TYPE);
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    private static MutableHttpRequest<?> authorised(MutableHttpRequest<?> request, ApiClient client) {
        return request.cookie(Cookie.of("techan_session", client.session()));
    }

    private HttpResponse<String> send(MutableHttpRequest<?> request) {
        return FormClient.send(http, request.accept(MediaType.APPLICATION_JSON_TYPE));
    }

    private JsonNode read(HttpResponse<String> response) throws IOException {
        assertThat(response.code()).as(response.body()).isBetween(200, 299);
        return json.readValue(response.body(), JsonNode.class);
    }
}
