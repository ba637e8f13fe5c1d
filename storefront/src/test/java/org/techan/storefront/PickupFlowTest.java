package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.CartHolder;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.Fulfilment;
import org.techan.orders.NoticeKind;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PickupSlotView;
import org.techan.orders.PlaceOrderCommand;
import org.techan.orders.ShopFulfilment;
import org.techan.orders.StoreView;
import org.techan.orders.TransitionView;
import org.techan.orders.internal.OrderJobs;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.testsupport.MovableClock;

/**
 * 网订店取 through the pages: an operator opens a store with a clerk, shoppers choose a collection
 * day at checkout and pay, the shop sends one parcel for the store's day from its picking list,
 * the clerk receives it, the buyer sees a code and QR, the clerk hands over refusing a damaged
 * line (refunded), and an order nobody collects falls to the no-show policy.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "spec.clock", value = "movable")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PickupFlowTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "460105100201";
    private static final String DISTRICT = "460106000000";
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
    OrderJobs jobs;

    @Inject
    Accounts accounts;

    @Inject
    MovableClock clock;

    private long mangoes;
    private long coconutMilk;

    @BeforeAll
    void haikou() {
        market.regions("460105000000", "海南省/Hainan", "海口市/Haikou", "秀英区/Xiuying");
        market.regions(DISTRICT, "海南省/Hainan", "海口市/Haikou", "龙华区/Longhua");
        market.regions(VILLAGE, "海南省/Hainan", "海口市/Haikou", "秀英区/Xiuying", "石山镇", "施茶村");
        TestMarketplace.Shop fruitShop = market.aShop("shishan-fruit")
                .named("石山热带水果合作社")
                .inVillage(VILLAGE)
                .selling("芒果")
                .contact("符海", "13907980000")
                .staff("shishan.staff", "fruit-2026-pw")
                .open();
        mangoes = sku(fruitShop, "石山芒果", "45.00", TemperatureClass.AMBIENT, 30);
        coconutMilk = sku(fruitShop, "鲜榨椰奶", "18.00", TemperatureClass.CHILLED, 5);
        accounts.register(new RegisterAccountCommand("haikou.ops", "operator-2026", "运营小海", Role.OPERATOR));
    }

    /** An operator without a map: the form looks the coordinates up from the district chosen. */
    @Test
    void shouldLookUpAStoresCoordinatesFromItsDistrictAndPlaceItThereWhenLeftEmpty() throws Exception {
        FormClient operator = FormClient.signIn(http, "haikou.ops", "operator-2026");
        List<Map.Entry<String, String>> noRegion = new java.util.ArrayList<>(store("longhua-9", "", "20"));
        noRegion.replaceAll(field -> field.getKey().equals("regionCode") ? Map.entry("regionCode", "") : field);
        HttpResponse<String> refused = operator.post("/ops/stores/locate", noRegion);
        assertThat(refused.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(refused.body()).contains("请先选择门店所在的县（区）或乡镇，再查坐标。");

        List<Map.Entry<String, String>> empty = new java.util.ArrayList<>(store("longhua-9", "", "20"));
        empty.replaceAll(field -> field.getKey().equals("latitude") ? Map.entry("latitude", "") : field);
        HttpResponse<String> located = operator.post("/ops/stores/locate", empty);
        assertThat(located.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(located.body())
                .contains("已填入海口市政府驻地的坐标（来自 GeoNames）")
                .contains("name=\"latitude\" inputmode=\"decimal\" value=\"20.04583\"")
                .contains("value=\"110.34167\"")
                .as("the rest of the form is kept")
                .contains("value=\"longhua-9\"", "value=\"龙华路 8 号\"");
        assertThat(orders.stores()).extracting(StoreView::code).doesNotContain("longhua-9");

        assertThat(operator.post("/ops/stores", empty).code()).isEqualTo(HttpStatus.SEE_OTHER.getCode());
        StoreView placed = orders.stores().stream()
                .filter(store -> store.code().equals("longhua-9"))
                .findFirst()
                .orElseThrow();
        assertThat(placed.latitude()).isEqualByComparingTo("20.04583");
        assertThat(placed.longitude()).isEqualByComparingTo("110.34167");
    }

    @Test
    void shouldCarryAnOrderFromCheckoutToTheCounterAndCloseOneNobodyCollects() throws Exception {
        FormClient operator = FormClient.signIn(http, "haikou.ops", "operator-2026");
        HttpResponse<String> refused = operator.post("/ops/stores", store("longhua-1", "", "20"));
        assertThat(refused.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(operator.post("/ops/stores", store("longhua-1", "110.33", "20"))
                        .code())
                .isEqualTo(HttpStatus.SEE_OTHER.getCode());
        assertThat(operator.post(
                                "/ops/stores/longhua-1/clerks",
                                List.of(
                                        Map.entry("login", "longhua.clerk"),
                                        Map.entry("password", "clerk-2026-pw"),
                                        Map.entry("displayName", "店员小龙")))
                        .code())
                .isEqualTo(HttpStatus.SEE_OTHER.getCode());
        assertThat(operator.get("/ops/stores").body()).contains("龙华便民店", "每日 20 单，冷藏 4");

        accounts.register(new RegisterAccountCommand("13866660001", "mango-2026-pw", "符丽", Role.CONSUMER));
        Actor buyer = accounts.authenticate("13866660001", "mango-2026-pw", "192.0.2.1")
                .actor();
        orders.addToCart(CartHolder.of(buyer), mangoes, 1);
        orders.addToCart(CartHolder.of(buyer), coconutMilk, 2);
        FormClient shopper = FormClient.signIn(http, "13866660001", "mango-2026-pw");
        String checkout = shopper.get("/checkout").body();
        PickupSlotView slot = orders.pickupSlots(TemperatureClass.CHILLED).stream()
                .filter(s -> s.store().code().equals("longhua-1"))
                .findFirst()
                .orElseThrow();
        assertThat(checkout).contains("value=\"" + slot.id() + "\"", "到店自提：龙华便民店");
        Matcher key =
                Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(checkout);
        assertThat(key.find()).isTrue();

        HttpResponse<String> placed = shopper.post(
                "/checkout",
                List.of(
                        Map.entry("idempotencyKey", key.group(1)),
                        Map.entry("expectedGoodsTotal", "81.00"),
                        Map.entry("shop", "shishan-fruit"),
                        Map.entry("choice", "" + slot.id()),
                        Map.entry("addressId", "new"),
                        Map.entry("recipient", "符丽"),
                        Map.entry("phone", "13866660001"),
                        Map.entry("regionCode", ""),
                        Map.entry("street", "")));

        assertThat(placed.code()).as(placed.body()).isEqualTo(HttpStatus.SEE_OTHER.getCode());
        String groupNumber = placed.header("Location").substring("/orders/".length());
        OrderGroupView group = cards.pay(buyer, groupNumber, CARD);
        assertThat(group.total()).isEqualByComparingTo("81.00");
        OrderView order = group.orders().get(0);
        assertThat(order.fulfilment()).isEqualTo(Fulfilment.PICKUP);
        assertThat(order.state()).isEqualTo(OrderState.PAID);
        String unclaimed = secondBuyerPays(slot.id());

        FormClient staff = FormClient.signIn(http, "shishan.staff", "fruit-2026-pw");
        String picking = staff.get("/coop/picking?day=" + slot.day()).body();
        assertThat(picking).contains("龙华便民店", "2 个订单，共 4 件", order.number(), unclaimed);
        HttpResponse<String> sent = staff.post(
                "/coop/picking",
                List.of(
                        Map.entry("store", "longhua-1"),
                        Map.entry("day", slot.day().toString())));
        assertThat(sent.body()).contains("已发出，2 个订单");

        FormClient clerk = FormClient.signIn(http, "longhua.clerk", "clerk-2026-pw");
        assertThat(clerk.get("/store").body()).contains("石山热带水果合作社", "id=\"receive-shishan-fruit-" + slot.day());
        // The clerk's double tap, or two clerks at once: one receipt, and no failure for the others.
        List<HttpResponse<String>> receipts = atOnce(() -> clerk.post(
                "/store/consignments",
                List.of(
                        Map.entry("shop", "shishan-fruit"),
                        Map.entry("day", slot.day().toString()))));
        assertThat(receipts).extracting(HttpResponse::code).allMatch(status -> status < 500);
        assertThat(receipts)
                .filteredOn(r -> "/store?done=received-2".equals(r.header("Location")))
                .hasSize(1);
        assertThat(clerk.get("/store").body()).contains("符*", "手机尾号 0001");

        String orderPage = shopper.get("/orders/" + groupNumber).body();
        Matcher code =
                Pattern.compile("id=\"code-" + order.number() + "\">(\\d{6})<").matcher(orderPage);
        assertThat(code.find()).as(orderPage).isTrue();
        assertThat(shopper.get("/orders/" + groupNumber + "/pickup/" + order.number() + "/qr.svg")
                        .body())
                .startsWith("<svg");
        assertThat(clerk.get("/store").body()).doesNotContain(code.group(1));
        await().atMost(Duration.ofSeconds(15)).until(() -> !(orders.notices(buyer, 10).stream()
                .noneMatch(n -> n.kind() == NoticeKind.READY_FOR_PICKUP)));
        assertThat(shopper.get("/notices").body()).contains("已到 龙华便民店（龙华路 8 号），取货码 " + code.group(1));
        String wrong = code.group(1).equals("000000") ? "000001" : "000000";
        HttpResponse<String> mistyped = clerk.get("/store/pickups?code=" + wrong);
        assertThat(mistyped.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(mistyped.body())
                .as("the console again, saying what was wrong, not the site's page-not-found")
                .contains("id=\"store-console\"", "本店没有取货码为“" + wrong + "”的待取订单");
        assertThat(shopper.get("/store").code()).isEqualTo(HttpStatus.FORBIDDEN.getCode());

        String handOver = clerk.get("/store/pickups?code=" + code.group(1)).body();
        assertThat(handOver).contains("石山芒果", "鲜榨椰奶", "id=\"refuse-" + coconutMilk + "\"");
        assertThat(clerk.post(
                                "/store/pickups/" + order.number(),
                                List.of(Map.entry("code", code.group(1)), Map.entry("refuse", "" + coconutMilk)))
                        .code())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        List<HttpResponse<String>> handOvers = atOnce(() -> clerk.post(
                "/store/pickups/" + order.number(),
                List.of(
                        Map.entry("code", code.group(1)),
                        Map.entry("refuse", "" + coconutMilk),
                        Map.entry("reason", "椰奶瓶破损"))));

        assertThat(handOvers).extracting(HttpResponse::code).allMatch(status -> status < 500);
        assertThat(handOvers)
                .filteredOn(r -> "/store?done=handed-over".equals(r.header("Location")))
                .as("handed over once")
                .hasSize(1);
        OrderView done = orders.orderGroup(buyer, groupNumber).orders().get(0);
        assertThat(done.state()).isEqualTo(OrderState.COMPLETED);
        assertThat(done.timeline())
                .extracting(TransitionView::to)
                .containsSubsequence(
                        OrderState.PAID,
                        OrderState.PACKED,
                        OrderState.SHIPPED,
                        OrderState.READY_FOR_PICKUP,
                        OrderState.PICKED_UP,
                        OrderState.COMPLETED);
        assertThat(done.timeline().stream()
                        .filter(t -> t.to() == OrderState.PICKED_UP)
                        .findFirst()
                        .orElseThrow()
                        .note())
                .contains("鲜榨椰奶", "椰奶瓶破损");
        assertThat(done.pickup().code()).isNull();
        assertThat(clerk.get("/store/pickups?code=" + code.group(1)).code())
                .as("collected: the code is spent")
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());

        clock.advance(Duration.ofDays(4));
        assertThat(jobs.closeOverduePickups()).isEqualTo(1);

        Actor second = accounts.authenticate("13866660002", "mango-2026-pw", "192.0.2.1")
                .actor();
        OrderView closed = orders.orderGroups(second, 0, 1).get(0).orders().get(0);
        assertThat(closed.number()).isEqualTo(unclaimed);
        assertThat(closed.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(closed.timeline().get(closed.timeline().size() - 1).note())
                .isEqualTo("not collected in time: 50% of the goods refunded");
        assertThat(jobs.closeOverduePickups()).isZero();
    }

    /** The same request from 10 threads released together; what each got. */
    private static List<HttpResponse<String>> atOnce(Callable<HttpResponse<String>> request) throws Exception {
        return AtOnce.send(10, request);
    }

    private String secondBuyerPays(long slotId) {
        Actor second = accounts.register(
                        new RegisterAccountCommand("13866660002", "mango-2026-pw", "王强", Role.CONSUMER))
                .actor();
        OrderGroupView group = orders.checkout(
                second,
                new PlaceOrderCommand(
                        "mango-2",
                        List.of(new CartLine(mangoes, 1)),
                        new DeliveryAddress("王强", "13866660002", null, null),
                        List.of(new ShopFulfilment("shishan-fruit", Fulfilment.PICKUP, slotId)),
                        null));
        cards.pay(second, group.number(), CARD);
        return group.orders().get(0).number();
    }

    private static List<Map.Entry<String, String>> store(String code, String longitude, String daily) {
        return List.of(
                Map.entry("code", code),
                Map.entry("kind", "CONVENIENCE_STORE"),
                Map.entry("nameZh", "龙华便民店"),
                Map.entry("nameEn", ""),
                Map.entry("regionCode", DISTRICT),
                Map.entry("street", "龙华路 8 号"),
                Map.entry("latitude", "20.03"),
                Map.entry("longitude", longitude),
                Map.entry("opens", "08:00"),
                Map.entry("closes", "22:00"),
                Map.entry("cutOff", "23:59"),
                Map.entry("dailyCapacity", daily),
                Map.entry("chilledCapacity", "4"),
                Map.entry("frozenCapacity", "0"),
                Map.entry("holdDays", "2"));
    }

    private long sku(
            TestMarketplace.Shop shop, String title, String price, TemperatureClass temperature, int shelfLife) {
        return market.aProduct(shop, title)
                .inCategory("fresh-fruit")
                .kept(temperature, shelfLife)
                .harvestedIn(5, 6)
                .sku(new SkuCommand("1 份", null, SaleUnit.BOX, 1500, new BigDecimal(price)))
                .withBatch(
                        40,
                        org.techan.platform.MarketCalendar.today(java.time.Clock.systemUTC())
                                .minusDays(3),
                        "施茶村果园")
                .create()
                .skuId();
    }
}
