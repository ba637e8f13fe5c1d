package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.StockPort;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.CartHolder;
import org.techan.orders.OrdersApi;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;

/**
 * A visitor fills a cart from product pages, signs in (the cart follows), sees a price change at
 * checkout, confirms the new total and lands on the payment page; the address stays in the book.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CartPagesTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "220581100201";
    private static final String COUNTY = "220581000000";
    private static final Pattern HIDDEN =
            Pattern.compile("name=\"(idempotencyKey|expectedGoodsTotal)\" value=\"([^\"]+)\"");

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
    OrdersApi orders;

    @Inject
    Accounts accounts;

    private Actor ginsengStaff;
    private long ginseng;
    private long ginsengProduct;
    private long fungus;

    @BeforeAll
    void meihekou() {
        market.regions(VILLAGE, "吉林省/Jilin", "通化市/Tonghua", "梅河口市/Meihekou", "山城镇", "红梅村");
        TestMarketplace.Shop ginsengShop = market.aShop("meihekou-ginseng")
                .named("梅河口人参合作社")
                .inVillage(VILLAGE)
                .open();
        ginsengStaff = ginsengShop.staff();
        ginseng = sku(ginsengShop, "长白山林下参", "120.00", 10);
        ginsengProduct = stock.skusForSale(List.of(ginseng)).get(0).productId();
        fungus = sku(
                market.aShop("shancheng-fungus")
                        .named("山城黑木耳合作社")
                        .inVillage(VILLAGE)
                        .open(),
                "山城黑木耳",
                "36.00",
                20);
    }

    @Test
    void shouldCarryAVisitorsCartThroughSignInAndCheckoutAtTheConfirmedPrice() {
        Browser visitor = new Browser();
        String productPage = visitor.get("/products/" + ginsengProduct).body();
        assertThat(productPage).contains("id=\"add-" + ginseng + "\"");

        HttpResponse<String> added = visitor.post("/cart/lines", Map.of("skuId", "" + ginseng, "quantity", "1"));
        assertThat(added.code()).isEqualTo(HttpStatus.SEE_OTHER.getCode());
        assertThat(added.header("Location")).isEqualTo("/cart");
        visitor.post("/cart/lines", Map.of("skuId", "" + fungus, "quantity", "2"));
        HttpResponse<String> tooMany = visitor.post("/cart/lines", Map.of("skuId", "" + fungus, "quantity", "30"));
        assertThat(tooMany.code()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(tooMany.body()).contains("库存只剩 20 件");

        String cart = visitor.get("/cart").body();
        assertThat(cart)
                .contains("长白山林下参", "山城黑木耳", "id=\"line-" + fungus + "\"", "商品 ¥192.00 + 运费 ¥10.00 = 合计 ¥202.00");

        accounts.register(new RegisterAccountCommand("13822220001", "ginseng-2026-pw", "刘洋", Role.CONSUMER));
        HttpResponse<String> signedIn = visitor.signIn("13822220001", "ginseng-2026-pw", "/checkout");
        assertThat(signedIn.header("Location")).isEqualTo("/checkout");
        assertThat(visitor.cookies).doesNotContainKey("techan_cart");

        String checkout = visitor.get("/checkout").body();
        assertThat(checkout).contains("长白山林下参", "商品合计 ¥192.00", "id=\"address-new\"");
        Map<String, String> confirmed = hidden(checkout);
        assertThat(confirmed).containsEntry("expectedGoodsTotal", "192.00");
        catalog.reviseSku(
                ginsengStaff, ginseng, new SkuCommand("1 支", null, SaleUnit.PIECE, 50, new BigDecimal("150.00")));

        Map<String, String> form = new LinkedHashMap<>(confirmed);
        form.putAll(Map.of(
                "addressId",
                "new",
                "recipient",
                "刘洋",
                "phone",
                "13822220001",
                "regionCode",
                COUNTY,
                "street",
                "解放大街 66 号"));
        HttpResponse<String> refused = visitor.post("/checkout", form);

        assertThat(refused.code()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(refused.body()).contains("商品金额由 ¥192.00 变为 ¥222.00", "加入时 ¥120.00", "value=\"解放大街 66 号\"");
        Actor buyer = accounts.authenticate("13822220001", "ginseng-2026-pw", "192.0.2.1")
                .actor();
        assertThat(orders.orderGroups(buyer, 0, 10)).isEmpty();

        form.putAll(hidden(refused.body()));
        HttpResponse<String> placed = visitor.post("/checkout", form);

        assertThat(placed.code()).isEqualTo(HttpStatus.SEE_OTHER.getCode());
        assertThat(placed.header("Location")).startsWith("/orders/G");
        assertThat(orders.orderGroups(buyer, 0, 10)).singleElement().satisfies(group -> {
            assertThat(group.total()).isEqualByComparingTo("232.00");
            assertThat(group.orders()).hasSize(2);
        });
        assertThat(visitor.get(placed.header("Location")).body()).contains("支付 ¥232.00");
        assertThat(visitor.get("/cart").body()).contains("id=\"cart-empty\"");
        assertThat(visitor.get("/account/addresses").body()).contains("吉林省 通化市 梅河口市", "解放大街 66 号");
        assertThat(visitor.get("/checkout").header("Location")).isEqualTo("/cart");
    }

    @Test
    void shouldRefuseBadAddressesAndKeepOthersAddressesPrivate() {
        accounts.register(new RegisterAccountCommand("13822220002", "fungus-2026-pw", "周敏", Role.CONSUMER));
        accounts.register(new RegisterAccountCommand("13822220003", "fungus-2026-pw", "吴刚", Role.CONSUMER));
        Browser owner = new Browser();
        owner.signIn("13822220002", "fungus-2026-pw", "/account/addresses");
        Map<String, String> bad =
                Map.of("recipient", "周敏", "phone", "12345", "regionCode", COUNTY, "street", "新华路 1 号");

        HttpResponse<String> refused = owner.post("/account/addresses", bad);

        assertThat(refused.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(refused.body()).contains("“12345”不是有效的手机号码");
        Actor ownerActor = accounts.authenticate("13822220002", "fungus-2026-pw", "192.0.2.1")
                .actor();
        assertThat(orders.addresses(ownerActor)).isEmpty();
        owner.post(
                "/account/addresses",
                Map.of("recipient", "周敏", "phone", "13822220002", "regionCode", COUNTY, "street", "新华路 1 号"));
        long id = orders.addresses(ownerActor).get(0).id();

        Browser other = new Browser();
        other.signIn("13822220003", "fungus-2026-pw", "/");
        assertThat(other.post("/account/addresses/" + id + "/delete", Map.of()).code())
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(other.get("/account/addresses").body()).doesNotContain("新华路 1 号");
        assertThat(orders.addresses(ownerActor)).hasSize(1);
        assertThat(new Browser().get("/checkout").header("Location")).startsWith("/sign-in");
    }

    @Test
    void shouldKeepAnApiVisitorsCartInItsCookieAndMergeItOnSignIn() {
        HttpResponse<String> added = FormClient.send(
                http, json(HttpRequest.POST("/api/v1/cart/lines", Map.of("skuId", fungus, "quantity", 3))));
        assertThat(added.code()).isEqualTo(200);
        String cartCookie = added.getCookie("techan_cart").orElseThrow().getValue();
        assertThat(added.body()).contains("\"quantity\":3");
        HttpResponse<String> rule = FormClient.send(
                http,
                json(HttpRequest.PUT("/api/v1/cart/lines/" + fungus, Map.of("quantity", 0)))
                        .cookie(Cookie.of("techan_cart", cartCookie)));
        assertThat(rule.body()).contains("\"total\":0.00").doesNotContain("山城黑木耳");
        FormClient.send(
                http,
                json(HttpRequest.POST("/api/v1/cart/lines", Map.of("skuId", fungus, "quantity", 4)))
                        .cookie(Cookie.of("techan_cart", cartCookie)));

        accounts.register(new RegisterAccountCommand("13822220004", "fungus-2026-pw", "郑爽", Role.CONSUMER));
        HttpResponse<String> session = FormClient.send(
                http,
                json(HttpRequest.POST("/api/v1/sessions", Map.of("login", "13822220004", "password", "fungus-2026-pw")))
                        .cookie(Cookie.of("techan_cart", cartCookie)));

        assertThat(session.code()).isEqualTo(201);
        Actor buyer = accounts.authenticate("13822220004", "fungus-2026-pw", "192.0.2.1")
                .actor();
        assertThat(orders.cart(CartHolder.of(buyer)).units()).isEqualTo(4);
        assertThat(orders.cart(CartHolder.visitor(cartCookie)).isEmpty()).isTrue();
        HttpResponse<String> mine = FormClient.send(
                http,
                json(HttpRequest.GET("/api/v1/cart"))
                        .cookie(Cookie.of(
                                "techan_session",
                                session.getCookie("techan_session")
                                        .orElseThrow()
                                        .getValue())));
        assertThat(mine.body()).contains("山城黑木耳", "\"quantity\":4");
    }

    @Test
    void shouldLetAShopSetItsDeliveryChargeInTheBackOffice() {
        long rice = sku(
                market.aShop("meihekou-rice")
                        .named("梅河口大米合作社")
                        .inVillage(VILLAGE)
                        .open(),
                "梅河口大米",
                "30.00",
                40);
        FormClient staff = FormClient.signIn(http, "meihekou-rice.staff", "shop-2026-pw");
        assertThat(staff.get("/coop/shipping").body()).contains("value=\"10.00\"", "value=\"99.00\"");

        HttpResponse<String> refused = staff.post(
                "/coop/shipping",
                List.of(Map.entry("kind", "BY_WEIGHT"), Map.entry("baseFee", "8"), Map.entry("perExtraKg", "")));
        assertThat(refused.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(refused.body()).contains("按重量计费须填写续重运费");
        assertThat(orders.shippingRule("meihekou-rice").baseFee()).isEqualByComparingTo("10.00");

        HttpResponse<String> saved = staff.post(
                "/coop/shipping",
                List.of(
                        Map.entry("kind", "FLAT"),
                        Map.entry("baseFee", "5"),
                        Map.entry("perExtraKg", ""),
                        Map.entry("freeFrom", "")));
        assertThat(saved.header("Location")).isEqualTo("/coop/shipping?saved");
        assertThat(staff.json(HttpRequest.GET("/api/v1/coop/shipping-rule"), false)
                        .body())
                .contains("\"kind\":\"FLAT\"", "\"baseFee\":5.00")
                .doesNotContain("freeFrom");

        Browser visitor = new Browser();
        visitor.post("/cart/lines", Map.of("skuId", "" + rice, "quantity", "4"));
        assertThat(visitor.get("/cart").body()).contains("商品 ¥120.00 + 运费 ¥5.00 = 合计 ¥125.00");
    }

    private static MutableHttpRequest<?> json(MutableHttpRequest<?> request) {
        return request.contentType(MediaType.APPLICATION_JSON_TYPE).accept(MediaType.APPLICATION_JSON_TYPE);
    }

    private static Map<String, String> hidden(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = HIDDEN.matcher(html);
        while (matcher.find()) {
            fields.put(matcher.group(1), matcher.group(2));
        }
        return fields;
    }

    /** Keeps every cookie the site sets, as a browser does, and echoes the page's CSRF token in forms. */
    private final class Browser {

        final Map<String, String> cookies = new LinkedHashMap<>();
        private String csrf;

        HttpResponse<String> get(String uri) {
            HttpResponse<String> response = FormClient.send(http, withCookies(HttpRequest.GET(uri)));
            keep(response);
            if (response.body() != null && response.body().contains("name=\"_csrf\"")) {
                csrf = FormClient.token(response.body());
            }
            return response;
        }

        HttpResponse<String> post(String uri, Map<String, String> fields) {
            if (csrf == null) {
                get("/sign-in");
            }
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream()
                    .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> response = FormClient.send(
                    http,
                    withCookies(HttpRequest.POST(uri, body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)));
            keep(response);
            return response;
        }

        HttpResponse<String> signIn(String login, String password, String next) {
            get("/sign-in");
            HttpResponse<String> response =
                    post("/sign-in", Map.of("login", login, "password", password, "next", next));
            assertThat(response.code()).isEqualTo(HttpStatus.SEE_OTHER.getCode());
            csrf = null;
            get(response.header("Location"));
            return response;
        }

        private MutableHttpRequest<?> withCookies(MutableHttpRequest<?> request) {
            cookies.forEach((name, value) -> request.cookie(Cookie.of(name, value)));
            return request;
        }

        private void keep(HttpResponse<String> response) {
            for (Cookie cookie : response.getCookies().getAll()) {
                if (cookie.getValue().isEmpty()) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }
    }

    /** A published product sold by the piece (one root of ginseng), with one batch. */
    private long sku(TestMarketplace.Shop shop, String title, String price, int stock) {
        return market.aProduct(shop, title)
                .kept(TemperatureClass.AMBIENT, 365)
                .harvestedIn(9)
                .sku(new SkuCommand("1 支", null, SaleUnit.PIECE, 50, new BigDecimal(price)))
                .withBatch(
                        stock,
                        org.techan.platform.MarketCalendar.today(java.time.Clock.systemUTC())
                                .minusDays(10))
                .create()
                .skuId();
    }
}
