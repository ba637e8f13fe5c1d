package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.ReservationStatus;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.StockReservation;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.catalog.internal.HeldStock;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.NoticeKind;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PlaceOrderCommand;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;

/**
 * A recall stops sales end to end, with real payments through the stub: a payment arriving for
 * units of a recalled batch takes them from another batch or is paid back in full, and paid
 * orders holding the batch are kept from leaving the shop until someone resolves them; their
 * buyers are told.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecallsStopSalesTest {

    private static final Actor OPERATOR = TestMarketplace.OPERATOR;
    private static final String VILLAGE = "640502100201";
    private static final DeliveryAddress HOME = new DeliveryAddress("马海燕", "13995001122", "640502", "鼓楼东街 5 号");

    @Inject
    CardPayments cards;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    OrdersApi orders;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    HeldStock reservations;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private TestMarketplace.Shop shop;
    private TestMarketplace.Shop otherShop;

    @BeforeAll
    void zhongwei() {
        market.regions(VILLAGE, "宁夏回族自治区/Ningxia", "中卫市/Zhongwei", "沙坡头区/Shapotou", "滨河镇", "枸杞村");
        shop = market.aShop("zhongwei-goji")
                .named("中卫枸杞专业合作社")
                .inVillage(VILLAGE)
                .selling("枸杞")
                .contact("马建国", "13995002233")
                .staff("goji.staff", "goji-2026-pw")
                .open();
        otherShop = market.aShop("zhongwei-melon")
                .named("中卫硒砂瓜合作社")
                .inVillage(VILLAGE)
                .selling("硒砂瓜")
                .contact("李芳", "13995003344")
                .staff("melon.staff", "melon-2026-pw")
                .open();
    }

    @Test
    void aPaymentAfterTheRecallSellsUnitsOfAnotherBatch() {
        long goji = goji("中宁枸杞 特优", "48.00")
                .withBatch(5, LocalDate.of(2026, 7, 1))
                .withBatch(5, LocalDate.of(2026, 8, 1))
                .create()
                .skuId();
        Actor buyer = market.aConsumer();
        OrderGroupView group =
                orders.checkout(buyer, new PlaceOrderCommand("recall-swap", List.of(new CartLine(goji, 2)), HOME));
        StockReservation held = reservations.of(group.number());
        String recalled = held.allocations().get(0).traceCode();
        catalog.recallBatch(OPERATOR, recalled, "二氧化硫残留超标");

        cards.pay(buyer, group.number(), "4242424242424242");

        assertThat(orders.orderGroup(buyer, group.number()).orders())
                .singleElement()
                .satisfies(order -> {
                    assertThat(order.state()).isEqualTo(OrderState.PAID);
                    assertThat(order.recallHold()).isNull();
                });
        StockReservation sold = reservations.of(group.number());
        assertThat(sold.status()).isEqualTo(ReservationStatus.COMMITTED);
        assertThat(sold.allocations()).singleElement().satisfies(a -> {
            assertThat(a.traceCode()).isNotEqualTo(recalled);
            assertThat(a.quantity()).isEqualTo(2);
        });
        assertThat(catalog.trace(recalled).destinations())
                .as("nothing of the recalled batch went out")
                .isEmpty();
        assertThat(refundedFen(group)).isZero();
    }

    @Test
    void aPaymentAfterTheRecallWithNoOtherBatchIsPaidBackAndTheBuyerTold() {
        long goji = goji("中宁枸杞 头茬", "66.00")
                .withBatch(3, LocalDate.of(2026, 7, 1))
                .create()
                .skuId();
        Actor buyer = market.aConsumer();
        OrderGroupView group =
                orders.checkout(buyer, new PlaceOrderCommand("recall-refund", List.of(new CartLine(goji, 2)), HOME));
        String recalled = reservations.of(group.number()).allocations().get(0).traceCode();
        catalog.recallBatch(OPERATOR, recalled, "二氧化硫残留超标");

        cards.pay(buyer, group.number(), "4242424242424242");

        OrderView order = orders.orderGroup(buyer, group.number()).orders().get(0);
        assertThat(order.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(reservations.of(group.number()).status()).isEqualTo(ReservationStatus.RECALLED);
        long paidFen = order.total().movePointRight(2).longValueExact();
        await().atMost(Duration.ofSeconds(20)).until(() -> refundedFen(group) == paidFen);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> hasNotice(buyer, NoticeKind.RECALL_REFUNDED, order.number()));
        assertThat(catalog.trace(recalled).destinations()).isEmpty();
    }

    @Test
    void aPaymentAfterTheGoodsPassedTheirShelfLifeIsPaidBackAndTheBuyerTold() {
        LocalDate today = org.techan.platform.MarketCalendar.today(java.time.Clock.systemUTC());
        // Kept 5 days and harvested 4 days ago: on sale today, its last day.
        TestMarketplace.ProductBuilder fresh = market.aProduct(shop, "中宁鲜枸杞 冷链")
                .kept(TemperatureClass.CHILLED, 5)
                .harvestedIn(6, 7, 8, 9, 10, 11, 12)
                .sku(new SkuCommand("500 克", null, SaleUnit.BOX, 500, new BigDecimal("39.00")))
                .withBatch(4, today.minusDays(4));
        TestMarketplace.Product goji = fresh.create();
        Actor buyer = market.aConsumer();
        OrderGroupView group = orders.checkout(
                buyer, new PlaceOrderCommand("past-shelf-life", List.of(new CartLine(goji.skuId(), 1)), HOME));
        // Before the payment arrives the batch is past its shelf life: here because the shop
        // corrects the shelf life to 4 days, in life because midnight passed.
        fresh.kept(TemperatureClass.CHILLED, 4).revise(goji);
        String stale = reservations.of(group.number()).allocations().get(0).traceCode();

        cards.pay(buyer, group.number(), "4242424242424242");

        OrderView order = orders.orderGroup(buyer, group.number()).orders().get(0);
        assertThat(order.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(reservations.of(group.number()).status()).isEqualTo(ReservationStatus.OUT_OF_DATE);
        long paidFen = order.total().movePointRight(2).longValueExact();
        await().atMost(Duration.ofSeconds(20)).until(() -> refundedFen(group) == paidFen);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> hasNotice(buyer, NoticeKind.SHELF_LIFE_REFUNDED, order.number()));
        assertThat(catalog.trace(stale).destinations())
                .as("nothing past its shelf life went out")
                .isEmpty();
    }

    @Test
    void aPaidOrderHoldingARecalledBatchStaysAtTheShopUntilItIsResolved() {
        long goji = goji("中宁枸杞 礼盒", "128.00")
                .withBatch(4, LocalDate.of(2026, 7, 1))
                .create()
                .skuId();
        Actor buyer = market.aConsumer();
        OrderGroupView group =
                orders.checkout(buyer, new PlaceOrderCommand("recall-hold", List.of(new CartLine(goji, 1)), HOME));
        cards.pay(buyer, group.number(), "4242424242424242");
        String number = group.orders().get(0).number();
        String recalled = reservations.of(group.number()).allocations().get(0).traceCode();

        catalog.recallBatch(OPERATOR, recalled, "二氧化硫残留超标");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> recalled.equals(
                        orders.orderGroup(buyer, group.number()).orders().get(0).recallHold()));

        assertThatThrownBy(() -> orders.advance(shop.staff(), number, OrderState.PACKED))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("order.recall-hold");
        assertThatThrownBy(() -> orders.shipOrder(shop.staff(), number, "顺丰", "SF1234567890"))
                .isInstanceOf(ConflictException.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> hasNotice(buyer, NoticeKind.RECALL_HOLD, number));

        assertThatThrownBy(() -> orders.releaseRecallHold(shop.staff(), number, " "))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> orders.releaseRecallHold(otherShop.staff(), number, "已换货"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> orders.releaseRecallHold(buyer, number, "已换货")).isInstanceOf(RuntimeException.class);
        FormClient staff = FormClient.signIn(http, "goji.staff", "goji-2026-pw");
        String shopOrders = staff.get("/coop/orders").body();
        assertThat(shopOrders).contains("id=\"recall-hold-" + number + "\"", recalled);
        assertThat(shopOrders)
                .as("what the shop needs to send it")
                .contains("收货人：马海燕，13995001122", "收货地址：宁夏回族自治区 中卫市 沙坡头区 鼓楼东街 5 号", "商品 ¥128.00 + 运费 ¥");
        assertThat(staff.post("/coop/orders/" + number + "/pack", List.of()).code())
                .as("the page refuses as the facade does")
                .isEqualTo(409);
        assertThat(staff.post("/coop/orders/" + number + "/recall-hold/release", List.of(Map.entry("note", "已用合格批次换货")))
                        .code())
                .isEqualTo(303);
        assertThat(staff.get("/coop/orders").body()).doesNotContain("id=\"recall-hold-" + number + "\"");
        OrderView released = orders.orderGroup(buyer, group.number()).orders().get(0);
        assertThat(released.recallHold()).isNull();
        assertThat(released.timeline())
                .extracting(step -> step.note())
                .anyMatch(note -> note != null && note.contains("已用合格批次换货"));
        assertThatThrownBy(() -> orders.releaseRecallHold(shop.staff(), number, "再次"))
                .isInstanceOf(ConflictException.class);

        assertThat(orders.advance(shop.staff(), number, OrderState.PACKED).state())
                .isEqualTo(OrderState.PACKED);
    }

    @Test
    void theShopIsWarnedOfBatchesAboutToLeaveSale() {
        long fresh = market.aProduct(shop, "中宁鲜枸杞")
                .kept(TemperatureClass.CHILLED, 5)
                .harvestedIn(6, 7, 8, 9, 10, 11, 12)
                .sku(new SkuCommand("500 克", null, SaleUnit.BOX, 500, new BigDecimal("39.00")))
                .withBatch(
                        12,
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                .minusDays(3))
                .create()
                .skuId();
        String trace = catalog.expiringBatches(shop.staff(), 3).stream()
                .filter(b -> b.remaining() == 12 && b.productTitleZh().equals("中宁鲜枸杞"))
                .findFirst()
                .orElseThrow()
                .traceCode();

        FormClient staff = FormClient.signIn(http, "goji.staff", "goji-2026-pw");
        assertThat(staff.get("/coop").body()).contains("id=\"expiring-" + trace + "\"", "3 天内将下架的批次", "尚余 12 件未售");
        assertThat(fresh).isPositive();
    }

    private boolean hasNotice(Actor buyer, NoticeKind kind, String orderNumber) {
        return orders.notices(buyer, 50).stream()
                .anyMatch(n -> n.kind() == kind && orderNumber.equals(n.orderNumber()));
    }

    private long refundedFen(OrderGroupView group) {
        return transactions.executeRead(status -> {
            try (var select = status.getConnection()
                    .prepareStatement("SELECT COALESCE(SUM(r.amount), 0) FROM stripe_stub_refund r"
                            + " JOIN orders_payment p ON p.intent_id = r.payment_intent"
                            + " JOIN orders_group g ON g.id = p.group_id WHERE g.number = ?")) {
                select.setString(1, group.number());
                try (var rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private TestMarketplace.ProductBuilder goji(String title, String price) {
        return market.aProduct(shop, title)
                .kept(TemperatureClass.AMBIENT, 365)
                .harvestedIn(6, 7, 8)
                .sku(new SkuCommand("250 克", null, SaleUnit.BAG, 250, new BigDecimal(price)));
    }
}
