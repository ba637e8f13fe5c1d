package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.Fulfilment;
import org.techan.orders.OpenStoreCommand;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderState;
import org.techan.orders.OrdersApi;
import org.techan.orders.PickupSlotView;
import org.techan.orders.PlaceOrderCommand;
import org.techan.orders.ShopFulfilment;
import org.techan.orders.StoreKind;
import org.techan.orders.StoreView;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;

/** Shops, store clerks and buyers drive fulfilment through /api/v1 with the pages' rules. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FulfilmentApiTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "210381100201";
    private static final String DISTRICT = "210302000000";
    private static final String CARD = "4242424242424242";

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
    OrdersApi orders;

    @Inject
    Accounts accounts;

    private long pears;
    private Actor buyer;

    @BeforeAll
    void haicheng() {
        market.regions(DISTRICT, "辽宁省/Liaoning", "鞍山市/Anshan", "铁东区/Tiedong");
        market.regions(VILLAGE, "辽宁省/Liaoning", "鞍山市/Anshan", "海城市/Haicheng", "南台镇", "南果梨村");
        TestMarketplace.Shop pearShop = market.aShop("nantai-pear")
                .named("南台南果梨合作社")
                .inVillage(VILLAGE)
                .selling("南果梨")
                .contact("关英", "13904120000")
                .staff("nantai.staff", "pear-2026-pw")
                .open();
        pears = market.aProduct(pearShop, "海城南果梨")
                .inCategory("fresh-fruit")
                .describedAs("软糯多汁。")
                .kept(TemperatureClass.AMBIENT, 30)
                .harvestedIn(9, 10)
                .sku(new SkuCommand("5 斤", null, SaleUnit.BOX, 2500, new BigDecimal("58.00")))
                .withBatch(
                        20,
                        org.techan.platform.MarketCalendar.today(java.time.Clock.systemUTC())
                                .minusDays(5),
                        "南果梨村东坡")
                .create()
                .skuId();
        orders.openStore(
                OPERATOR,
                new OpenStoreCommand(
                        "tiedong-locker-1",
                        StoreKind.PARCEL_LOCKER,
                        "铁东智能快递柜",
                        null,
                        DISTRICT,
                        "胜利路 10 号",
                        new BigDecimal("41.11"),
                        new BigDecimal("122.99"),
                        LocalTime.of(0, 0),
                        LocalTime.of(23, 59),
                        LocalTime.of(23, 59),
                        10,
                        0,
                        0,
                        2));
        orders.addStoreClerk(
                OPERATOR, "tiedong-locker-1", new RegisterAccountCommand("tiedong.clerk", "clerk-2026-pw", "柜员", null));
        buyer = accounts.register(new RegisterAccountCommand("13841200001", "pear-2026-pw", "关月", Role.CONSUMER))
                .actor();
        accounts.register(new RegisterAccountCommand("anshan.ops", "operator-2026", "运营小鞍", Role.OPERATOR));
    }

    @Test
    void shouldLetOperatorsOpenStoresAndAddClerksThroughTheApiWithThePagesRules() {
        FormClient operator = FormClient.signIn(http, "anshan.ops", "operator-2026");
        Map<String, Object> station = new java.util.HashMap<>(Map.ofEntries(
                Map.entry("code", "tiedong-post-1"),
                Map.entry("kind", "POSTAL_STATION"),
                Map.entry("nameZh", "铁东邮政服务站"),
                Map.entry("regionCode", DISTRICT),
                Map.entry("street", "胜利路 30 号"),
                Map.entry("latitude", 41.12),
                Map.entry("longitude", 122.98),
                Map.entry("opens", "08:00"),
                Map.entry("closes", "20:00"),
                Map.entry("cutOff", "20:00"),
                Map.entry("dailyCapacity", 30),
                Map.entry("chilledCapacity", 5),
                Map.entry("frozenCapacity", 0),
                Map.entry("holdDays", 3)));

        HttpResponse<String> opened = operator.json(HttpRequest.POST("/api/v1/ops/stores", station), true);
        assertThat(opened.code()).as(opened.body()).isEqualTo(201);
        assertThat(opened.body()).contains("\"code\":\"tiedong-post-1\"", "铁东邮政服务站");
        assertThat(operator.json(HttpRequest.POST("/api/v1/ops/stores", station), true)
                        .code())
                .as("the same code twice")
                .isEqualTo(409);
        station.put("code", "tiedong-post-2");
        station.remove("nameZh");
        assertThat(operator.json(HttpRequest.POST("/api/v1/ops/stores", station), true)
                        .code())
                .as("no name")
                .isEqualTo(422);
        assertThat(operator.json(HttpRequest.GET("/api/v1/ops/stores"), false).body())
                .contains("tiedong-post-1")
                .doesNotContain("tiedong-post-2");

        HttpResponse<String> clerk = operator.json(
                HttpRequest.POST(
                        "/api/v1/ops/stores/tiedong-post-1/clerks",
                        Map.of("login", "tiedong.post.clerk", "password", "post-2026-pw", "displayName", "邮政柜员")),
                true);
        assertThat(clerk.code()).isEqualTo(201);
        assertThat(clerk.body()).contains("\"role\":\"STORE_CLERK\"").doesNotContain("post-2026-pw");
        assertThat(FormClient.signIn(http, "tiedong.post.clerk", "post-2026-pw")
                        .json(HttpRequest.GET("/api/v1/store"), false)
                        .body())
                .contains("tiedong-post-1");
        assertThat(operator.json(
                                HttpRequest.POST(
                                        "/api/v1/ops/stores/no-such-store/clerks",
                                        Map.of(
                                                "login",
                                                "nobody.clerk",
                                                "password",
                                                "post-2026-pw",
                                                "displayName",
                                                "无")),
                                true)
                        .code())
                .isEqualTo(404);

        FormClient staff = FormClient.signIn(http, "nantai.staff", "pear-2026-pw");
        assertThat(staff.json(HttpRequest.GET("/api/v1/ops/stores"), false).code())
                .isEqualTo(403);
        station.put("nameZh", "冒名服务站");
        assertThat(staff.json(HttpRequest.POST("/api/v1/ops/stores", station), true)
                        .code())
                .isEqualTo(403);
        assertThat(orders.stores()).extracting(StoreView::code).doesNotContain("tiedong-post-2");
    }

    @Test
    void partialParcelsAreRefusedWithAMessageNotAFailure() {
        FormClient staff = FormClient.signIn(http, "nantai.staff", "pear-2026-pw");
        FormClient clerk = FormClient.signIn(http, "tiedong.clerk", "clerk-2026-pw");
        String dispatch = "/api/v1/coop/picking-lists/dispatch";
        String receive = "/api/v1/store/consignments/receive";

        for (String body : List.of("{}", "{\"store\": null, \"day\": null}", "{\"store\": \"tiedong-locker-1\"}")) {
            HttpResponse<String> refused = staff.json(HttpRequest.POST(dispatch, body), true);
            assertThat(refused.code()).as(body).isEqualTo(422);
            assertThat(refused.body()).containsAnyOf("请写明送往哪家自提门店。", "请写明取货日期。");
        }
        for (String body : List.of("{}", "{\"shop\": \"nantai-pears\", \"day\": null}", "{\"day\": \"2026-12-05\"}")) {
            HttpResponse<String> refused = clerk.json(HttpRequest.POST(receive, body), true);
            assertThat(refused.code()).as(body).isEqualTo(422);
            assertThat(refused.body()).containsAnyOf("请写明是哪家店铺的包裹。", "请写明取货日期。");
        }
        assertThat(clerk.json(HttpRequest.POST(receive, "{\"shop\": \"x\", \"day\": \"12/05\"}"), true)
                        .code())
                .as("a date that is not a date")
                .isEqualTo(400);
    }

    @Test
    void shouldShipADeliveryWithTrackingAndLetTheBuyerConfirmIt() {
        OrderGroupView group = orders.checkout(
                buyer,
                new PlaceOrderCommand(
                        "pears-home",
                        List.of(new CartLine(pears, 1)),
                        new DeliveryAddress("关月", "13841200001", DISTRICT, "胜利路 20 号")));
        cards.pay(buyer, group.number(), CARD);
        String number = group.orders().get(0).number();
        FormClient staff = FormClient.signIn(http, "nantai.staff", "pear-2026-pw");

        assertThat(staff.json(HttpRequest.GET("/api/v1/coop/orders?state=PAID"), false)
                        .body())
                .contains(number);
        HttpResponse<String> noTracking =
                staff.json(HttpRequest.POST("/api/v1/coop/orders/" + number + "/ship", Map.of("carrier", "顺丰")), true);
        assertThat(noTracking.code()).isEqualTo(422);
        HttpResponse<String> shipped = staff.json(
                HttpRequest.POST(
                        "/api/v1/coop/orders/" + number + "/ship",
                        Map.of("carrier", "顺丰", "trackingNumber", "SF1234567890")),
                true);
        assertThat(shipped.body()).contains("\"state\":\"SHIPPED\"", "SF1234567890");
        HttpResponse<String> tooMuch = staff.json(
                HttpRequest.POST(
                        "/api/v1/coop/orders/" + number + "/refunds", Map.of("amount", "999.00", "reason", "多退")),
                true);
        assertThat(tooMuch.code()).isEqualTo(422);
        assertThat(staff.json(HttpRequest.POST("/api/v1/coop/orders/" + number + "/refunds", Map.of()), true)
                        .code())
                .as("no amount, no reason")
                .isEqualTo(422);
        assertThat(staff.json(
                                HttpRequest.POST(
                                        "/api/v1/coop/orders/" + number + "/refunds",
                                        Map.of("amount", "a lot", "reason", "乱填")),
                                true)
                        .code())
                .as("an amount that is no number")
                .isEqualTo(400);
        HttpResponse<String> refunded = staff.json(
                HttpRequest.POST(
                        "/api/v1/coop/orders/" + number + "/refunds", Map.of("amount", "1.00", "reason", "一个梨碰伤")),
                true);
        assertThat(refunded.code()).isEqualTo(200);
        assertThat(refunded.body()).contains("\"state\":\"SHIPPED\"");
        assertThat(staff.json(
                                HttpRequest.POST(
                                        "/api/v1/ops/orders/" + number + "/refunds",
                                        Map.of("amount", "1.00", "reason", "冒充运营")),
                                true)
                        .code())
                .as("shop staff are not operators")
                .isEqualTo(403);

        FormClient shopper = FormClient.signIn(http, "13841200001", "pear-2026-pw");
        HttpResponse<String> received = shopper.json(
                HttpRequest.POST("/api/v1/orders/" + group.number() + "/orders/" + number + "/received", Map.of()),
                true);
        assertThat(received.body()).contains("\"state\":\"COMPLETED\"");
        assertThat(staff.json(HttpRequest.POST("/api/v1/store/consignments/receive", Map.of()), true)
                        .code())
                .isEqualTo(403);
    }

    @Test
    void shouldSendReceiveAndHandOverAPickupOrder() {
        PickupSlotView slot = orders.pickupSlots(TemperatureClass.AMBIENT).stream()
                .filter(s -> s.store().code().equals("tiedong-locker-1"))
                .findFirst()
                .orElseThrow();
        OrderGroupView group = orders.checkout(
                buyer,
                new PlaceOrderCommand(
                        "pears-locker",
                        List.of(new CartLine(pears, 2)),
                        new DeliveryAddress("关月", "13841200001", null, null),
                        List.of(new ShopFulfilment("nantai-pear", Fulfilment.PICKUP, slot.id())),
                        null));
        cards.pay(buyer, group.number(), CARD);
        FormClient staff = FormClient.signIn(http, "nantai.staff", "pear-2026-pw");
        FormClient clerk = FormClient.signIn(http, "tiedong.clerk", "clerk-2026-pw");

        assertThat(staff.json(HttpRequest.GET("/api/v1/coop/picking-lists?day=" + slot.day()), false)
                        .body())
                .contains("铁东智能快递柜", "\"quantity\":2");
        assertThat(staff.json(
                                HttpRequest.POST(
                                        "/api/v1/coop/picking-lists/dispatch",
                                        Map.of(
                                                "store",
                                                "tiedong-locker-1",
                                                "day",
                                                slot.day().toString())),
                                true)
                        .body())
                .isEqualTo("{\"orders\":1}");
        assertThat(clerk.json(HttpRequest.GET("/api/v1/store/consignments"), false)
                        .body())
                .contains("\"shipped\":true");
        assertThat(clerk.json(
                                HttpRequest.POST(
                                        "/api/v1/store/consignments/receive",
                                        Map.of(
                                                "shop",
                                                "nantai-pear",
                                                "day",
                                                slot.day().toString())),
                                true)
                        .body())
                .isEqualTo("{\"orders\":1}");
        String code = orders.orderGroup(buyer, group.number())
                .orders()
                .get(0)
                .pickup()
                .code();
        assertThat(clerk.json(HttpRequest.GET("/api/v1/store/pickups"), false).body())
                .doesNotContain(code);
        assertThat(clerk.json(HttpRequest.GET("/api/v1/store/pickups/" + code), false)
                        .body())
                .contains("海城南果梨", "\"phoneEnding\":\"0001\"");

        HttpResponse<String> handedOver =
                clerk.json(HttpRequest.POST("/api/v1/store/pickups/" + code + "/hand-over", Map.of()), true);

        assertThat(handedOver.body()).contains("\"state\":\"COMPLETED\"");
        assertThat(orders.orderGroup(buyer, group.number()).orders().get(0).state())
                .isEqualTo(OrderState.COMPLETED);
        assertThat(clerk.json(HttpRequest.GET("/api/v1/store/pickups/" + code), false)
                        .code())
                .isEqualTo(404);
    }
}
