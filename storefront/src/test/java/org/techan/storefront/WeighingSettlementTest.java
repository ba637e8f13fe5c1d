package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderRefunded;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.OrdersApi;
import org.techan.orders.RefundedLine;
import org.techan.orders.TransitionView;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.wholesale.Grade;
import org.techan.wholesale.LineWeight;
import org.techan.wholesale.OfferCommand;
import org.techan.wholesale.OrganisationKind;
import org.techan.wholesale.PackKind;
import org.techan.wholesale.PlaceQuickOrderCommand;
import org.techan.wholesale.PriceTier;
import org.techan.wholesale.WeighingState;
import org.techan.wholesale.WeighingView;
import org.techan.wholesale.WholesaleApi;

/**
 * 称重结算 on a paid bulk order: a line packed short within its tolerance is refunded its share at
 * once, exactly once however often it is weighed; beyond it the buyer takes it at its weight or
 * refuses it, once. Nobody else weighs or answers.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "test.record-refunds", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeighingSettlementTest {

    @Inject
    RecordedRefunds announced;

    private static final String VILLAGE = "410328100202";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    WholesaleApi wholesale;

    @Inject
    OrdersApi orders;

    @Inject
    Accounts accounts;

    @Inject
    TestMarketplace market;

    @Inject
    CardPayments cards;

    @Inject
    TransactionOperations<Connection> transactions;

    private final long run = System.currentTimeMillis() % 10_000_000L;
    private TestMarketplace.Shop base;
    private long apples;
    private long jam;
    private Actor buyer;
    private String buyerLogin;
    private Actor stranger;

    @BeforeAll
    void aBaseWeighingItsApples() {
        market.regions(VILLAGE, "河南省/Henan", "洛阳市/Luoyang", "洛宁县/Luoning", "城郊乡", "果园村");
        base = market.aShop("weighing-apples-" + run)
                .named("洛宁称重果园")
                .inVillage(VILLAGE)
                .staff("weighing.staff." + run, "weighing-staff-2026")
                .open();
        apples = market.aProduct(base, "苹果 10 斤筐")
                .priced("45.00")
                .withBatch(500)
                .create()
                .skuId();
        jam = market.aProduct(base, "苹果酱 箱")
                .priced("80.00")
                .withBatch(100)
                .create()
                .skuId();
        wholesale.saveOffer(base.staff(), offer(apples, 5000, new BigDecimal("2")));
        wholesale.saveOffer(base.staff(), offer(jam, 6000, null));
        buyerLogin = "132" + String.format("%08d", (run * 29 + 1) % 100_000_000L);
        buyer = verified(1, buyerLogin);
        stranger = verified(2, "132" + String.format("%08d", (run * 29 + 2) % 100_000_000L));
    }

    @Test
    void aShortfallWithinTheToleranceIsRefundedOnce() {
        OrderView order = paidOrder(apples + ",20\n" + jam + ",10\n");
        assertThatThrownBy(
                        () -> wholesale.weighOrder(base.staff(), order.number(), List.of(new LineWeight(jam, 59_000))))
                .as("not sold by weight")
                .isInstanceOf(RuleViolationException.class);
        assertThat(wholesale.weighingSheet(base.staff(), order.number()))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.expectedGrams()).isEqualTo(100_000);
                    assertThat(line.weighed()).isFalse();
                });

        // 20 baskets of 5 kg at ¥40: 1.5 kg short of 100 kg is within 2 %, worth 1.5 % of ¥800.
        List<WeighingView> weighed =
                wholesale.weighOrder(base.staff(), order.number(), List.of(new LineWeight(apples, 98_500)));

        assertThat(weighed).singleElement().satisfies(line -> {
            assertThat(line.state()).isEqualTo(WeighingState.SETTLED);
            assertThat(line.shortfallAmount()).isEqualByComparingTo("12.00");
        });
        assertThat(refunded(order.number())).isEqualByComparingTo("12.00");
        assertThatThrownBy(() ->
                        wholesale.weighOrder(base.staff(), order.number(), List.of(new LineWeight(apples, 98_000))))
                .as("weighed once")
                .isInstanceOf(ConflictException.class);
        assertThat(refunded(order.number())).as("refunded exactly once").isEqualByComparingTo("12.00");
        assertThat(refunds(order.number())).isEqualTo(1);
        assertThat(wholesale.weighings(buyer, order.groupNumber())).hasSize(1);
        assertThatThrownBy(() -> wholesale.weighings(stranger, order.groupNumber()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void beyondTheToleranceTheBuyerDecidesOnce() {
        OrderView taken = paidOrder(apples + ",10\n");
        OrderView refused = paidOrder(apples + ",20\n");

        wholesale.weighOrder(base.staff(), taken.number(), List.of(new LineWeight(apples, 45_000)));
        wholesale.weighOrder(base.staff(), refused.number(), List.of(new LineWeight(apples, 90_000)));
        assertThat(refunds(taken.number()))
                .as("nothing refunded before the buyer decides")
                .isZero();
        assertThat(orders.notices(buyer, 50))
                .as("the buyer is asked about each line weighed short beyond its tolerance")
                .filteredOn(notice -> notice.kind() == org.techan.orders.NoticeKind.WEIGHT_SHORT)
                .extracting(org.techan.orders.NoticeView::orderNumber)
                .contains(taken.number(), refused.number());
        assertThatThrownBy(() -> wholesale.answerWeighing(stranger, taken.number(), apples, true))
                .isInstanceOf(NotFoundException.class);

        // 10 baskets at ¥40 = ¥400; 5 kg of 50 kg short: 10 %, beyond 2 %.
        WeighingView accepted = wholesale.answerWeighing(buyer, taken.number(), apples, true);
        assertThat(accepted.state()).isEqualTo(WeighingState.ACCEPTED);
        assertThat(refunded(taken.number())).isEqualByComparingTo("40.00");
        assertThatThrownBy(() -> wholesale.answerWeighing(buyer, taken.number(), apples, false))
                .isInstanceOf(ConflictException.class);
        assertThat(refunded(taken.number())).isEqualByComparingTo("40.00");

        wholesale.answerWeighing(buyer, refused.number(), apples, false);
        assertThat(refunded(refused.number())).as("the whole line").isEqualByComparingTo("800.00");
        OrderView closed = orders.shopOrder(base.staff(), refused.number());
        assertThat(closed.state()).as("its only line refunded: the order is").isEqualTo(OrderState.REFUNDED);
        assertThat(closed.timeline().get(closed.timeline().size() - 1))
                .as("the refund is on record as the buyer's refusal")
                .extracting(TransitionView::to, TransitionView::actorRole)
                .containsExactly(OrderState.REFUNDED, buyer.role().name());
        await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(announced.of(refused.number()))
                .as("the refund names the line it was for: all 20 packs back")
                .singleElement()
                .satisfies(event -> assertThat(event.lines())
                        .containsExactly(new RefundedLine(apples, 20, new BigDecimal("800.00")))));
        assertThat(announced.of(taken.number()))
                .as("a weighing difference names its line, with no pack back")
                .extracting(OrderRefunded::lines)
                .containsExactly(List.of(new RefundedLine(apples, 0, new BigDecimal("40.00"))));
    }

    /**
     * The shop packs lighter boxes and tightens its tolerance after the order: the line is still
     * weighed against the 5 kg boxes and the 2 % the buyer bought.
     */
    @Test
    void aLineIsWeighedByTheTermsItWasSoldUnder() {
        OrderView order = paidOrder(apples + ",10\n");
        wholesale.saveOffer(base.staff(), offer(apples, 4000, new BigDecimal("0.5")));
        try {
            WeighingView weighed = wholesale
                    .weighOrder(base.staff(), order.number(), List.of(new LineWeight(apples, 49_250)))
                    .get(0);

            assertThat(weighed.expectedGrams()).as("10 boxes of 5 kg, as sold").isEqualTo(50_000);
            assertThat(weighed.tolerancePercent()).isEqualByComparingTo("2");
            assertThat(weighed.state()).as("1.5 %% short: within the 2 %% sold").isEqualTo(WeighingState.SETTLED);
            assertThat(weighed.shortfallAmount()).as("1.5 %% of ¥400").isEqualByComparingTo("6.00");
        } finally {
            wholesale.saveOffer(base.staff(), offer(apples, 5000, new BigDecimal("2")));
        }
    }

    @Test
    void theShopWeighsOnItsPageAndTheBuyerAnswersOnTheOrderPage() {
        OrderView order = paidOrder(apples + ",10\n");
        FormClient staff = FormClient.signIn(http, "weighing.staff." + run, "weighing-staff-2026");
        String page = "/coop/wholesale/orders/" + order.number() + "/weighing";
        assertThat(staff.get(page).body()).contains("kg-" + apples, "应重 50.000 千克");

        assertThat(staff.post(page, List.of(Map.entry("sku", Long.toString(apples)), Map.entry("kilograms", "四十五")))
                        .code())
                .isEqualTo(422);
        assertThat(staff.post(page, List.of(Map.entry("sku", Long.toString(apples)), Map.entry("kilograms", "45.0")))
                        .code())
                .isEqualTo(303);
        assertThat(staff.get(page).body()).contains("应重 50.000 千克，实重 45.000 千克", "等待买家决定");

        FormClient member = FormClient.signIn(http, buyerLogin, "weighing-buyer-26");
        String orderPage = member.get("/orders/" + order.groupNumber()).body();
        assertThat(orderPage).contains("accept-" + order.number() + "-" + apples, "按实重收货（退 ¥40.00）");
        assertThat(member.post(
                                "/wholesale/weighings/" + order.number() + "/" + apples,
                                List.of(Map.entry("decision", "refuse")))
                        .code())
                .isEqualTo(303);
        assertThat(refunded(order.number())).isEqualByComparingTo("400.00");
        assertThat(member.get("/orders/" + order.groupNumber()).body()).contains("已拒收");
    }

    /** A bulk order of these lines, placed and paid: one shop, so one order. */
    private OrderView paidOrder(String lines) {
        OrderGroupView group = wholesale
                .placeQuickOrder(
                        buyer,
                        new PlaceQuickOrderCommand(
                                UUID.randomUUID().toString(),
                                lines,
                                "PO-W-" + run,
                                MarketCalendar.today(java.time.Clock.systemUTC())
                                        .plusDays(2),
                                "周师傅",
                                "13700002222",
                                null,
                                null,
                                false,
                                null))
                .order();
        return cards.pay(buyer, group.number(), "4242424242424242").orders().get(0);
    }

    private BigDecimal refunded(String orderNumber) {
        return WholesaleFixtures.refunded(transactions, orderNumber);
    }

    private long refunds(String orderNumber) {
        return WholesaleFixtures.refunds(transactions, orderNumber);
    }

    private static OfferCommand offer(long sku, int grams, BigDecimal tolerance) {
        return new OfferCommand(
                sku,
                PackKind.BOX,
                grams,
                10,
                10,
                null,
                List.of(new PriceTier(10, new BigDecimal("40.00"))),
                Grade.FIRST,
                null,
                tolerance,
                null);
    }

    private Actor verified(int n, String login) {
        return WholesaleFixtures.verifiedBuyer(
                wholesale,
                accounts,
                "称重买家" + n,
                OrganisationKind.RESTAURANT,
                "410328",
                "称重路 " + n + " 号",
                login,
                "weighing-buyer-26");
    }
}
