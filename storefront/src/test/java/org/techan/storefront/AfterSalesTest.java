package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.AfterSaleKind;
import org.techan.orders.AfterSaleLine;
import org.techan.orders.AfterSaleReason;
import org.techan.orders.AfterSaleState;
import org.techan.orders.AfterSaleView;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.NoticeKind;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderState;
import org.techan.orders.OrdersApi;
import org.techan.orders.PlaceOrderCommand;
import org.techan.orders.RequestAfterSaleCommand;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;

/**
 * After-sales (售后) end to end with real payments through the stub: a buyer asks, the shop
 * refuses or refunds, a buyer takes a refusal to an operator, who refunds; money goes back once,
 * and nobody reaches another's requests.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AfterSalesTest {

    private static final Actor OPERATOR = TestMarketplace.OPERATOR;
    private static final String VILLAGE = "530921100201";
    private static final DeliveryAddress HOME = new DeliveryAddress("杨丽", "13987001122", "530921", "凤山镇 8 号");

    @Inject
    CardPayments cards;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    OrdersApi orders;

    @Inject
    TestMarketplace market;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    Accounts accounts;

    private TestMarketplace.Shop shop;
    private TestMarketplace.Shop otherShop;
    private long tea;

    @BeforeAll
    void fengqing() {
        market.regions(VILLAGE, "云南省/Yunnan", "临沧市/Lincang", "凤庆县/Fengqing", "凤山镇", "安石村");
        shop = market.aShop("fengqing-tea")
                .named("凤庆滇红茶合作社")
                .inVillage(VILLAGE)
                .selling("滇红")
                .staff("fengqing.staff", "dianhong-2026-pw")
                .open();
        accounts.register(new RegisterAccountCommand("fengqing.ops", "fengqing-ops-2026", "运营", Role.OPERATOR));
        otherShop = market.aShop("fengqing-walnut")
                .named("凤庆核桃合作社")
                .inVillage(VILLAGE)
                .selling("核桃")
                .open();
        tea = market.aProduct(shop, "凤庆滇红 金芽")
                .kept(TemperatureClass.AMBIENT, 720)
                .sku(new SkuCommand("250 克", null, SaleUnit.BAG, 250, new BigDecimal("88.00")))
                .withBatch(50)
                .create()
                .skuId();
    }

    @Test
    void aRefusedRequestTakenToAnOperatorIsRefundedOnceAndOnlyThePartiesSeeIt() {
        Actor buyer = market.aConsumer();
        String number = paidOrder(buyer, "after-sale-dispute");
        RequestAfterSaleCommand request = new RequestAfterSaleCommand(
                AfterSaleKind.REFUND,
                AfterSaleReason.QUALITY,
                new BigDecimal("20.00"),
                " 茶叶受潮结块 ",
                List.of(new AfterSaleLine(tea, 1)));

        assertThatThrownBy(() -> orders.requestAfterSale(
                        buyer,
                        number,
                        new RequestAfterSaleCommand(
                                AfterSaleKind.REFUND, null, BigDecimal.TEN, null, List.of(new AfterSaleLine(tea, 1)))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("after-sale.reason.required");
        assertThatThrownBy(() -> orders.requestAfterSale(
                        buyer,
                        number,
                        new RequestAfterSaleCommand(
                                AfterSaleKind.REFUND,
                                AfterSaleReason.QUALITY,
                                new BigDecimal("5000.00"),
                                null,
                                List.of(new AfterSaleLine(tea, 1)))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("after-sale.amount.invalid");
        for (List<AfterSaleLine> lines : List.of(
                List.<AfterSaleLine>of(),
                List.of(new AfterSaleLine(tea, 0)),
                List.of(new AfterSaleLine(tea, 2)),
                List.of(new AfterSaleLine(tea + 999_999, 1)))) {
            assertThatThrownBy(() -> orders.requestAfterSale(
                            buyer,
                            number,
                            new RequestAfterSaleCommand(
                                    AfterSaleKind.REFUND, AfterSaleReason.QUALITY, null, null, lines)))
                    .as("lines %s", lines)
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("after-sale.line");
        }
        assertThatThrownBy(() -> orders.requestAfterSale(market.aConsumer(), number, request))
                .as("another buyer's order")
                .isInstanceOf(NotFoundException.class);
        AfterSaleView asked = orders.requestAfterSale(buyer, number, request);
        assertThat(asked.state()).isEqualTo(AfterSaleState.REQUESTED);
        assertThat(asked.details()).isEqualTo("茶叶受潮结块");
        assertThatThrownBy(() -> orders.requestAfterSale(buyer, number, request))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("after-sale.already-open");

        assertThat(orders.waitingAfterSales(shop.staff()))
                .extracting(AfterSaleView::id)
                .contains(asked.id());
        assertThat(orders.waitingAfterSales(otherShop.staff()))
                .extracting(AfterSaleView::id)
                .doesNotContain(asked.id());
        assertThatThrownBy(() -> orders.moveAfterSale(otherShop.staff(), asked.id(), AfterSaleState.REFUNDED, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> orders.moveAfterSale(buyer, asked.id(), AfterSaleState.REFUNDED, null))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> orders.moveAfterSale(shop.staff(), asked.id(), AfterSaleState.REFUSED, " "))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("after-sale.note.required");
        assertThat(orders.moveAfterSale(shop.staff(), asked.id(), AfterSaleState.REFUSED, "照片看不出受潮")
                        .state())
                .isEqualTo(AfterSaleState.REFUSED);
        assertThatThrownBy(() -> orders.moveAfterSale(shop.staff(), asked.id(), AfterSaleState.REFUNDED, null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("after-sale.move.illegal");

        await().atMost(Duration.ofSeconds(20)).until(() -> orders.notices(buyer, 50).stream()
                .anyMatch(n -> n.kind() == NoticeKind.AFTER_SALE_REFUSED
                        && number.equals(n.orderNumber())
                        && n.details().contains("照片看不出受潮")));
        orders.moveAfterSale(buyer, asked.id(), AfterSaleState.DISPUTED, "收到时已结块，有视频");
        assertThat(orders.waitingAfterSales(OPERATOR))
                .extracting(AfterSaleView::id)
                .contains(asked.id());
        assertThatThrownBy(() -> orders.moveAfterSale(shop.staff(), asked.id(), AfterSaleState.REFUNDED, null))
                .as("a dispute is the operator's to decide")
                .isInstanceOf(ConflictException.class);
        AfterSaleView decided = orders.moveAfterSale(OPERATOR, asked.id(), AfterSaleState.REFUNDED, "视频可见受潮");

        assertThat(decided.state()).isEqualTo(AfterSaleState.REFUNDED);
        assertThat(decided.steps())
                .extracting(AfterSaleView.Step::state, AfterSaleView.Step::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AfterSaleState.REQUESTED, "CONSUMER"),
                        org.assertj.core.groups.Tuple.tuple(AfterSaleState.REFUSED, "SHOP_STAFF"),
                        org.assertj.core.groups.Tuple.tuple(AfterSaleState.DISPUTED, "CONSUMER"),
                        org.assertj.core.groups.Tuple.tuple(AfterSaleState.REFUNDED, "OPERATOR"));
        assertThat(orders.afterSales(buyer, number))
                .extracting(AfterSaleView::state)
                .containsExactly(AfterSaleState.REFUNDED);
        assertThatThrownBy(() -> orders.afterSales(otherShop.staff(), number)).isInstanceOf(NotFoundException.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> refundedFen(number) == 2000);
        assertThat(orders.orderGroup(buyer, groupOf(buyer, number))
                        .orders()
                        .get(0)
                        .state())
                .as("part of the order went back; it goes on")
                .isEqualTo(OrderState.PAID);
        assertThat(orders.requestAfterSale(buyer, number, request).state())
                .as("a new request once the last one ended")
                .isEqualTo(AfterSaleState.REQUESTED);
    }

    @Test
    void aRequestNamesItsLinesAndAsksWhatTheyCostUnlessToldOtherwise() {
        Actor buyer = market.aConsumer();
        OrderGroupView group =
                orders.checkout(buyer, new PlaceOrderCommand("after-sale-lines", List.of(new CartLine(tea, 3)), HOME));
        cards.pay(buyer, group.number(), "4242424242424242");
        String number = group.orders().get(0).number();

        assertThatThrownBy(() -> orders.requestAfterSale(
                        buyer,
                        number,
                        new RequestAfterSaleCommand(
                                AfterSaleKind.REFUND,
                                AfterSaleReason.DAMAGED,
                                new BigDecimal("176.01"),
                                null,
                                List.of(new AfterSaleLine(tea, 2)))))
                .as("more than two of them cost")
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("after-sale.amount.invalid");
        AfterSaleView two = orders.requestAfterSale(
                buyer,
                number,
                new RequestAfterSaleCommand(
                        AfterSaleKind.REFUND, AfterSaleReason.DAMAGED, null, null, List.of(new AfterSaleLine(tea, 2))));

        assertThat(two.amount()).isEqualByComparingTo("176.00");
        assertThat(two.lines()).singleElement().satisfies(line -> {
            assertThat(line.titleZh()).isEqualTo("凤庆滇红 金芽");
            assertThat(line.quantity()).isEqualTo(2);
            assertThat(line.worth()).isEqualByComparingTo("176.00");
        });
        orders.moveAfterSale(buyer, two.id(), AfterSaleState.WITHDRAWN, null);

        AfterSaleView all = orders.requestAfterSale(
                buyer,
                number,
                new RequestAfterSaleCommand(
                        AfterSaleKind.REFUND, AfterSaleReason.DAMAGED, null, null, List.of(new AfterSaleLine(tea, 3))));
        assertThat(all.amount())
                .as("every unit: the whole order, delivery too")
                .isEqualByComparingTo(group.orders().get(0).total());
    }

    @Test
    void requestsEndSomeDaysAfterTheBuyerReceivedTheOrder() {
        Actor buyer = market.aConsumer();
        String number = paidOrder(buyer, "after-sale-late");
        orders.advance(shop.staff(), number, OrderState.PACKED);
        orders.shipOrder(shop.staff(), number, "中国邮政", "9890000000001");
        orders.confirmReceipt(buyer, number);
        RequestAfterSaleCommand request = new RequestAfterSaleCommand(
                AfterSaleKind.REFUND, AfterSaleReason.QUALITY, null, null, List.of(new AfterSaleLine(tea, 1)));
        transactions.executeWrite(status -> {
            try (var update = status.getConnection()
                    .prepareStatement("UPDATE orders_transition t JOIN orders_order o ON o.id = t.order_id"
                            + " SET t.at = t.at - INTERVAL 8 DAY WHERE o.number = ?")) {
                update.setString(1, number);
                return update.executeUpdate();
            }
        });

        assertThatThrownBy(() -> orders.requestAfterSale(buyer, number, request))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("after-sale.too-late");
        assertThat(orders.afterSales(buyer, number)).isEmpty();
    }

    @Test
    void twoAnswersAtOnceRefundOnce() throws Exception {
        Actor buyer = market.aConsumer();
        String number = paidOrder(buyer, "after-sale-race");
        AfterSaleView asked = orders.requestAfterSale(
                buyer,
                number,
                new RequestAfterSaleCommand(
                        AfterSaleKind.RETURN,
                        AfterSaleReason.WRONG_ITEM,
                        new BigDecimal("88.00"),
                        null,
                        List.of(new AfterSaleLine(tea, 1))));
        assertThat(orders.moveAfterSale(shop.staff(), asked.id(), AfterSaleState.GOODS_REQUESTED, "请寄回：凤山镇 1 号")
                        .state())
                .isEqualTo(AfterSaleState.GOODS_REQUESTED);

        List<Object> outcomes =
                atOnce(() -> orders.moveAfterSale(shop.staff(), asked.id(), AfterSaleState.REFUNDED, "已收到退货"));

        assertThat(outcomes).filteredOn(AfterSaleView.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> refundedFen(number) == 8800);
        assertThat(refundedFen(number)).isEqualTo(8800);
    }

    @Test
    void theBuyerTheShopAndAnOperatorDoItAllOnTheirPages() {
        Actor buyer = accounts.register(new RegisterAccountCommand("13987005566", "buyer-2026-pw", "杨丽", Role.CONSUMER))
                .actor();
        OrderGroupView group =
                orders.checkout(buyer, new PlaceOrderCommand("after-sale-pages", List.of(new CartLine(tea, 1)), HOME));
        cards.pay(buyer, group.number(), "4242424242424242");
        String number = group.orders().get(0).number();
        String page = "/orders/" + group.number();
        FormClient shopper = FormClient.signIn(http, "13987005566", "buyer-2026-pw");
        assertThat(shopper.get(page).body()).contains("id=\"ask-" + number + "\"", "申请售后");

        String ask = page + "/orders/" + number + "/after-sales";
        HttpResponse<String> badAmount = shopper.post(
                ask,
                List.of(
                        Map.entry("kind", "REFUND"),
                        Map.entry("reason", "DAMAGED"),
                        Map.entry("amount", "三十"),
                        Map.entry("details", ""),
                        Map.entry("skuId", Long.toString(tea)),
                        Map.entry("quantity", "1")));
        assertThat(badAmount.code()).isEqualTo(422);
        assertThat(badAmount.body()).contains("“三十”不是有效的金额");
        assertThat(orders.afterSales(buyer, number)).isEmpty();
        assertThat(shopper.post(
                                ask,
                                List.of(
                                        Map.entry("kind", "REFUND"),
                                        Map.entry("reason", "DAMAGED"),
                                        Map.entry("amount", "¥30"),
                                        Map.entry("details", "箱子压坏，茶饼碎了"),
                                        Map.entry("skuId", Long.toString(tea)),
                                        Map.entry("quantity", "1")))
                        .code())
                .isEqualTo(303);
        long id = orders.afterSales(buyer, number).get(0).id();
        assertThat(shopper.get(page).body())
                .contains("已申请，等待店铺处理", "箱子压坏，茶饼碎了", "凤庆滇红 金芽（250 克）× 1，¥88.00")
                .doesNotContain("id=\"ask-" + number + "\"");

        // Photos: the buyer adds them while the request is open, three at most; only the parties see them.
        String photos = page + "/after-sales/" + id + "/photos";
        assertThat(shopper.upload(photos, photo("not a photo".getBytes(StandardCharsets.UTF_8)), true)
                        .code())
                .isEqualTo(422);
        for (int i = 1; i <= 3; i++) {
            assertThat(shopper.upload(photos, photo(png(8 + i, 8)), true).code())
                    .isEqualTo(303);
        }
        HttpResponse<String> fourth = shopper.upload(photos, photo(png(20, 8)), true);
        assertThat(fourth.code()).isEqualTo(409);
        assertThat(fourth.body()).contains("最多 3 张照片");
        List<AfterSaleView.Photo> added =
                orders.afterSales(buyer, number).get(0).photos();
        assertThat(added).hasSize(3);
        String photoPath = "/after-sales/" + id + "/photos/" + added.get(0).key();
        assertThat(shopper.get(page).body()).contains(photoPath);
        assertThat(shopper.get(photoPath).code()).isEqualTo(200);

        accounts.register(new RegisterAccountCommand("13987005577", "stranger-2026-pw", "路人", Role.CONSUMER));
        FormClient stranger = FormClient.signIn(http, "13987005577", "stranger-2026-pw");
        assertThat(stranger.get(photoPath).code()).isEqualTo(404);
        FormClient staff = FormClient.signIn(http, "fengqing.staff", "dianhong-2026-pw");
        assertThat(staff.get(photoPath).code())
                .as("the shop sees the buyer's photos")
                .isEqualTo(200);
        assertThat(staff.get("/coop").body())
                .as("the shop is told on its home page")
                .contains("个售后申请等待处理");
        assertThat(staff.get("/coop/orders").body()).contains("id=\"after-sale-" + id + "\"", "同意，退款 ¥30.00");
        String answer = "/coop/after-sales/" + id + "/moves";
        HttpResponse<String> noReason = staff.post(answer, List.of(Map.entry("to", "REFUSED"), Map.entry("note", "")));
        assertThat(noReason.code()).isEqualTo(422);
        assertThat(noReason.body()).contains("请写明原因");
        assertThat(staff.post(answer, List.of(Map.entry("to", "REFUSED"), Map.entry("note", "发货时完好")))
                        .code())
                .isEqualTo(303);

        assertThat(shopper.get(page).body()).contains("店铺已拒绝", "发货时完好", "申请平台介入");
        assertThat(shopper.post(
                                page + "/after-sales/" + id + "/moves",
                                List.of(Map.entry("to", "DISPUTED"), Map.entry("note", "有开箱视频")))
                        .code())
                .isEqualTo(303);

        FormClient operator = FormClient.signIn(http, "fengqing.ops", "fengqing-ops-2026");
        assertThat(operator.get("/ops/payments").body()).contains("id=\"dispute-" + id + "\"", "有开箱视频");
        assertThat(operator.post(
                                "/ops/payments/after-sales/" + id + "/moves",
                                List.of(Map.entry("to", "REFUNDED"), Map.entry("note", "")))
                        .code())
                .isEqualTo(303);
        assertThat(orders.afterSales(buyer, number))
                .extracting(AfterSaleView::state)
                .containsExactly(AfterSaleState.REFUNDED);
        assertThat(shopper.get(page).body()).contains("已退款");
        await().atMost(Duration.ofSeconds(20)).until(() -> refundedFen(number) == 3000);
    }

    private static java.util.function.Consumer<io.micronaut.http.client.multipart.MultipartBody.Builder> photo(
            byte[] content) {
        return form -> form.addPart("photo", "photo.png", io.micronaut.http.MediaType.IMAGE_PNG_TYPE, content);
    }

    private static byte[] png(int width, int height) {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xC0392B);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void theRoutesAreClosedToStrangers() {
        for (String path :
                List.of("/api/v1/coop/after-sales", "/api/v1/ops/after-sales", "/api/v1/orders/X/after-sales")) {
            assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET(path)))
                    .as(path)
                    .isInstanceOfSatisfying(
                            HttpClientResponseException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(401));
        }
    }

    private String paidOrder(Actor buyer, String key) {
        OrderGroupView group = orders.checkout(buyer, new PlaceOrderCommand(key, List.of(new CartLine(tea, 1)), HOME));
        cards.pay(buyer, group.number(), "4242424242424242");
        return group.orders().get(0).number();
    }

    private String groupOf(Actor buyer, String orderNumber) {
        return orders.orderGroups(buyer, 0, 50).stream()
                .filter(g -> g.orders().stream().anyMatch(o -> o.number().equals(orderNumber)))
                .findFirst()
                .orElseThrow()
                .number();
    }

    private static List<Object> atOnce(Callable<Object> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    try {
                        return call.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
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
