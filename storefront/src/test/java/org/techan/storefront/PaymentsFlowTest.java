package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.RegionCode;
import org.techan.catalog.ReservationStatus;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.catalog.internal.HeldStock;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderState;
import org.techan.orders.OrdersApi;
import org.techan.orders.ParkedPaymentEvent;
import org.techan.orders.PaymentView;
import org.techan.orders.PlaceOrderCommand;
import org.techan.orders.TransitionView;
import org.techan.orders.internal.OrderJobs;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.platform.StripeEndpoint;
import org.techan.search.SearchApi;
import org.techan.search.SearchQuery;
import org.techan.search.SearchResult;
import org.techan.search.SearchSort;

/** Paying a checkout through the Stripe SDK and the built-in stub, with webhooks repeated and out of order. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentsFlowTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "650402100201";
    private static final DeliveryAddress HOME = new DeliveryAddress("阿依古丽", "13999001122", "650402", "文化路 3 号");

    @Inject
    CardPayments cards;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    OrdersApi orders;

    @Inject
    OrderJobs jobs;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    HeldStock reservations;

    @Inject
    Accounts accounts;

    @Inject
    StripeEndpoint stripe;

    @Inject
    SearchApi search;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    private long raisins;
    private TestMarketplace.Shop raisinShop;

    @BeforeAll
    void turpan() {
        market.regions(VILLAGE, "新疆维吾尔自治区/Xinjiang", "吐鲁番市/Turpan", "高昌区/Gaochang", "老城路街道", "葡萄沟村");
        raisinShop = market.aShop("turpan-raisin")
                .named("吐鲁番葡萄干合作社")
                .inVillage(VILLAGE)
                .selling("葡萄干")
                .contact("买买提", "13999002233")
                .staff("turpan.staff", "raisin-2026-pw")
                .open();
        raisins = raisinBag(raisinShop, "吐鲁番绿香妃葡萄干", "36.50")
                .withBatch(
                        40,
                        org.techan.platform.MarketCalendar.today(java.time.Clock.systemUTC())
                                .minusDays(20))
                .create()
                .skuId();
        raisinBag(raisinShop, "吐鲁番黑加仑葡萄干", "39.00").create();
    }

    @Test
    void theProductPageCountsTheUnitsSoldOncePaid() {
        TestMarketplace.Product sultanas =
                raisinBag(raisinShop, "吐鲁番无核白葡萄干", "32.00").withBatch(10).create();
        String path = "/products/" + sultanas.id();
        assertThat(http.toBlocking().retrieve(path)).doesNotContain("units-sold");
        Actor buyer = market.aConsumer();
        OrderGroupView group = orders.checkout(
                buyer, new PlaceOrderCommand("sold-1", List.of(new CartLine(sultanas.skuId(), 3)), HOME));
        assertThat(http.toBlocking().retrieve(path)).as("held, not sold").doesNotContain("units-sold");

        cards.pay(buyer, group.number(), "4242 4242 4242 4242");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> http.toBlocking().retrieve(path).contains("已售 3 件"));
    }

    @Test
    void shouldDeclineCard0002ThenPayWith4242AndApplyRepeatedAndLateWebhooksOnce() throws Exception {
        Actor buyer = market.aConsumer();
        OrderGroupView group =
                orders.checkout(buyer, new PlaceOrderCommand("pay-1", List.of(new CartLine(raisins, 2)), HOME));
        PaymentView payment = orders.payment(buyer, group.number());
        assertThat(orders.payment(buyer, group.number()).intentId()).isEqualTo(payment.intentId());
        assertThat(payment.amount()).isEqualByComparingTo("83.00");

        assertThatThrownBy(() -> cards.pay(buyer, group.number(), "4000 0000 0000 0002"))
                .isInstanceOf(CardPayments.Declined.class)
                .hasMessageContaining("generic_decline");
        assertThat(state(buyer, group.number())).isEqualTo(OrderState.PENDING_PAYMENT);

        OrderGroupView paid = cards.pay(buyer, group.number(), "4242 4242 4242 4242");

        assertThat(paid.orders()).allSatisfy(o -> assertThat(o.state()).isEqualTo(OrderState.PAID));
        assertThat(reservations.of(group.number()).status()).isEqualTo(ReservationStatus.COMMITTED);
        String traceCode = reservations.of(group.number()).allocations().get(0).traceCode();
        // Other tests of this class may sell from the same batch to another city.
        assertThat(catalog.trace(traceCode).destinations())
                .filteredOn(d -> d.regionCode().equals("650400000000"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.nameZh()).isEqualTo("吐鲁番市");
                    assertThat(d.quantity()).isEqualTo(2);
                });

        awaitWebhooks(payment.intentId(), 3);
        jobs.applyPaymentNews();
        replayAllWebhooks(payment.intentId());
        jobs.applyPaymentNews();
        deliverLate(payment.intentId());
        jobs.applyPaymentNews();

        OrderGroupView after = orders.orderGroup(buyer, group.number());
        assertThat(after.orders().get(0).state()).isEqualTo(OrderState.PAID);
        assertThat(after.orders().get(0).timeline())
                .extracting(TransitionView::to)
                .containsExactly(OrderState.PENDING_PAYMENT, OrderState.PAID);
        assertThat(orders.payment(buyer, group.number()).status()).isEqualTo("succeeded");
    }

    @Test
    void shouldRefundPartThenTheRestAndRefuseMoreThanWasPaid() {
        Actor buyer = market.aConsumer();
        OrderGroupView group = orders.checkout(
                buyer,
                new PlaceOrderCommand(
                        "pay-3",
                        List.of(new CartLine(raisins, 3)),
                        new DeliveryAddress("王强", "13999003344", "650102", "人民路 9 号")));
        cards.pay(buyer, group.number(), "4242424242424242");
        String order = group.orders().get(0).number();
        Actor staff = accounts.authenticate("turpan.staff", "raisin-2026-pw", "192.0.2.1")
                .actor();
        Actor otherShop = accounts.register(
                        new RegisterAccountCommand("13999119999", "buyer-pw-2026", "路人", Role.CONSUMER))
                .actor();

        assertThat(orders.refund(staff, order, new BigDecimal("20.00"), "一袋破损").state())
                .isEqualTo(OrderState.PAID);
        assertThatThrownBy(() -> orders.refund(staff, order, new BigDecimal("99.00"), "多退"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> orders.refund(otherShop, order, new BigDecimal("1.00"), "冒领"))
                .isInstanceOf(org.techan.platform.NotFoundException.class);
        assertThat(orders.refund(OPERATOR, order, new BigDecimal("89.50"), "整单退款")
                        .state())
                .isEqualTo(OrderState.REFUNDED);
        assertThatThrownBy(() -> orders.refund(OPERATOR, order, new BigDecimal("1.00"), "再退"))
                .isInstanceOf(org.techan.platform.ConflictException.class);
        String intent = orders.payment(buyer, group.number()).intentId();
        String refunded = "SELECT COALESCE(SUM(amount), 0) FROM stripe_stub_refund WHERE payment_intent = ?";
        // Sent right after each decision commits, by the call or by the payments job, whichever claims it first.
        await().atMost(Duration.ofSeconds(10)).until(() -> count(refunded, intent) >= 10_950);
        assertThat(count(refunded, intent))
                .as("both parts reached the provider, in fen")
                .isEqualTo(10_950);
    }

    /**
     * A refund is written down before the provider is asked; when the provider cannot take it, it
     * stays written down with the reason and goes out on a later try, once.
     */
    @Test
    void aRefundTheProviderRefusesStaysOwedAndIsSentLaterOnce() {
        Actor buyer = market.aConsumer();
        OrderGroupView group = orders.checkout(
                buyer, new PlaceOrderCommand("pay-refund-later", List.of(new CartLine(raisins, 2)), HOME));
        cards.pay(buyer, group.number(), "4242424242424242");
        String order = group.orders().get(0).number();
        String intent = orders.payment(buyer, group.number()).intentId();
        // The provider forgets the payment for a moment (an outage, a network split).
        update("UPDATE stripe_stub_payment_intent SET id = CONCAT(id, '_away') WHERE id = ?", intent);
        long unsentBefore = orders.paymentBacklog().unsentRefunds();

        assertThat(orders.refund(OPERATOR, order, new BigDecimal("83.00"), "整单退款")
                        .state())
                .as("the decision stands although the money has not gone yet")
                .isEqualTo(OrderState.REFUNDED);
        assertThat(orders.paymentBacklog().unsentRefunds()).isEqualTo(unsentBefore + 1);
        // Sent right after the decision commits, by this call or by the payments job, whichever claims it.
        String refused = "SELECT COUNT(*) FROM orders_refund WHERE sent_at IS NULL AND attempts >= 1"
                + " AND last_error LIKE '%No such payment_intent%' AND refund_id IS NULL AND order_id ="
                + " (SELECT id FROM orders_order WHERE number = ?)";
        await().atMost(Duration.ofSeconds(10)).until(() -> count(refused, order) == 1);

        update("UPDATE stripe_stub_payment_intent SET id = ? WHERE id = CONCAT(?, '_away')", intent, intent);
        update(
                "UPDATE orders_refund SET next_send_at = NULL WHERE sent_at IS NULL AND order_id ="
                        + " (SELECT id FROM orders_order WHERE number = ?)",
                order);
        String sent = "SELECT COALESCE(SUM(amount), 0) FROM stripe_stub_refund WHERE payment_intent = ?";
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            jobs.sendRefunds();
            return count(sent, intent) > 0;
        });
        jobs.sendRefunds();

        assertThat(count(sent, intent)).as("paid back once, in fen").isEqualTo(8_300);
        // This order's refund, not the backlog's total: other checkouts' refunds may come and go meanwhile.
        assertThat(count(
                        "SELECT COUNT(*) FROM orders_refund WHERE sent_at IS NULL AND order_id ="
                                + " (SELECT id FROM orders_order WHERE number = ?)",
                        order))
                .as("no longer owed")
                .isZero();
    }

    /** One event that cannot be applied neither blocks the events behind it nor is tried for ever. */
    @Test
    void aPoisonEventDoesNotDelayTheNextAndIsParkedForAnOperator() throws Exception {
        Actor buyer = market.aConsumer();
        OrderGroupView group =
                orders.checkout(buyer, new PlaceOrderCommand("pay-poison", List.of(new CartLine(raisins, 1)), HOME));
        PaymentView payment = orders.payment(buyer, group.number());
        String poison = "evt_poison_" + payment.intentId();
        update(
                "INSERT INTO orders_payment_event (event_id, event_type, payload, received_at)"
                        + " VALUES (?, 'payment_intent.succeeded', '{\"data\": \"garbled\"}', '2026-01-01 00:00:00')",
                poison);

        cards.confirm(payment, "4242424242424242");
        awaitWebhooks(payment.intentId(), 2);
        jobs.applyPaymentNews();

        assertThat(state(buyer, group.number()))
                .as("the success behind the poison was applied")
                .isEqualTo(OrderState.PAID);
        assertThat(count(
                        "SELECT COUNT(*) FROM orders_payment_event WHERE event_id = ? AND processed_at IS NULL"
                                + " AND attempts >= 1 AND last_error IS NOT NULL",
                        poison))
                .isEqualTo(1);

        update("UPDATE orders_payment_event SET attempts = 7, next_attempt_at = NULL WHERE event_id = ?", poison);
        jobs.applyPaymentNews();
        assertThat(orders.parkedPaymentEvents(OPERATOR))
                .filteredOn(event -> event.eventId().equals(poison))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.attempts()).isEqualTo(8);
                    assertThat(event.lastError()).contains("cannot be read");
                });
        assertThat(orders.paymentBacklog().parkedEvents()).isPositive();
        assertThat(orders.paymentBacklog().needsAttention()).isTrue();
        assertThatThrownBy(() -> orders.parkedPaymentEvents(buyer))
                .isInstanceOf(org.techan.platform.NotAllowedException.class);

        accounts.register(new RegisterAccountCommand("payments.ops", "payments-ops-2026", "运营", Role.OPERATOR));
        FormClient operator = FormClient.signIn(http, "payments.ops", "payments-ops-2026");
        HttpResponse<String> page = operator.get("/ops/payments");
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"event-" + poison + "\"", "cannot be read");
        assertThat(FormClient.send(http, HttpRequest.GET("/ops/payments")).code())
                .as("strangers are sent to sign in")
                .isEqualTo(303);

        assertThat(operator.post("/ops/payments/events/" + poison + "/retry", List.of())
                        .code())
                .isEqualTo(303);
        assertThat(orders.parkedPaymentEvents(OPERATOR))
                .extracting(ParkedPaymentEvent::eventId)
                .doesNotContain(poison);
        update("DELETE FROM orders_payment_event WHERE event_id = ?", poison);
    }

    private void update(String sql, Object... parameters) {
        transactions.executeWrite(status -> {
            try (var update = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    update.setObject(i + 1, parameters[i]);
                }
                return update.executeUpdate();
            }
        });
    }

    @Test
    void shouldRankWhatSellsFirstWhenSortingByBestSelling() throws Exception {
        Actor buyer = market.aConsumer();
        OrderGroupView group = orders.checkout(
                buyer,
                new PlaceOrderCommand(
                        "pay-4",
                        List.of(new CartLine(raisins, 1)),
                        new DeliveryAddress("李明", "13999004455", "650202", "世纪大道 6 号")));
        cards.pay(buyer, group.number(), "4242424242424242");
        SearchQuery bestSelling = SearchQuery.everything()
                .inCategory("dried-preserved-fruit")
                .inRegion(RegionCode.parse("6504"))
                .sortedBy(SearchSort.BEST_SELLING)
                .page(0, 10);
        SearchQuery newest = SearchQuery.everything()
                .inCategory("dried-preserved-fruit")
                .inRegion(RegionCode.parse("6504"))
                .sortedBy(SearchSort.NEWEST)
                .page(0, 10);

        // Both products reach the index in the background: wait until both are there and counted.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        first(bestSelling).equals("吐鲁番绿香妃葡萄干") && first(newest).equals("吐鲁番黑加仑葡萄干"));
        assertThat(first(bestSelling)).isEqualTo("吐鲁番绿香妃葡萄干");
        assertThat(first(newest)).isEqualTo("吐鲁番黑加仑葡萄干");
    }

    private String first(SearchQuery query) {
        SearchResult result = search.search(query);
        return result.fallback() || result.items().isEmpty()
                ? ""
                : result.items().get(0).titleZh();
    }

    @Test
    void shouldRefuseToPayACancelledCheckoutAndSomebodyElses() {
        Actor buyer = market.aConsumer();
        Actor stranger = market.aConsumer();
        OrderGroupView group =
                orders.checkout(buyer, new PlaceOrderCommand("pay-2", List.of(new CartLine(raisins, 1)), HOME));

        assertThatThrownBy(() -> orders.payment(stranger, group.number()))
                .isInstanceOf(org.techan.platform.NotFoundException.class);
        orders.cancelCheckout(buyer, group.number());
        assertThatThrownBy(() -> orders.payment(buyer, group.number()))
                .isInstanceOf(org.techan.platform.ConflictException.class);
        assertThatThrownBy(() -> cards.pay(buyer, group.number(), "4242424242424242"))
                .isInstanceOf(org.techan.platform.ConflictException.class);
    }

    private TestMarketplace.ProductBuilder raisinBag(TestMarketplace.Shop shop, String title, String price) {
        return market.aProduct(shop, title)
                .kept(TemperatureClass.AMBIENT, 365)
                .harvestedIn(8, 9)
                .sku(new SkuCommand("500 克", null, SaleUnit.BAG, 500, new BigDecimal(price)));
    }

    private OrderState state(Actor buyer, String group) {
        return orders.orderGroup(buyer, group).orders().get(0).state();
    }

    private void awaitWebhooks(String intentId, int expected) throws InterruptedException {
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        !(count("SELECT COUNT(*) FROM orders_payment_event WHERE payload LIKE ?", "%" + intentId + "%")
                                < expected));
        assertThat(count("SELECT COUNT(*) FROM orders_payment_event WHERE payload LIKE ?", "%" + intentId + "%"))
                .isGreaterThanOrEqualTo(expected);
    }

    /** As if every webhook of the intent arrived again. */
    private void replayAllWebhooks(String intentId) {
        transactions.executeWrite(status -> {
            try (var update = status.getConnection()
                    .prepareStatement("UPDATE orders_payment_event SET processed_at = NULL WHERE payload LIKE ?")) {
                update.setString(1, "%" + intentId + "%");
                return update.executeUpdate();
            }
        });
    }

    /** A failure notice that arrives after the success it preceded, signed as the provider signs. */
    private void deliverLate(String intentId) throws Exception {
        String payload = "{\"id\": \"evt_late_" + intentId + "\", \"object\": \"event\", \"type\":"
                + " \"payment_intent.payment_failed\", \"data\": {\"object\": {\"id\": \"" + intentId + "\","
                + " \"object\": \"payment_intent\", \"status\": \"requires_payment_method\"}}}";
        long now = System.currentTimeMillis() / 1000;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(stripe.webhookSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature =
                HexFormat.of().formatHex(mac.doFinal((now + "." + payload).getBytes(StandardCharsets.UTF_8)));
        assertThat(orders.acceptPaymentEvent(payload, "t=" + now + ",v1=" + signature)
                        .eventId())
                .isEqualTo("evt_late_" + intentId);
    }

    private long count(String sql, String parameter) {
        return transactions.executeRead(status -> {
            try (var select = status.getConnection().prepareStatement(sql)) {
                select.setString(1, parameter);
                try (var rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}
