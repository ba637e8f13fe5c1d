package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.Fulfilment;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.OrdersApi;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.wholesale.FreightBand;
import org.techan.wholesale.FreightRules;
import org.techan.wholesale.Grade;
import org.techan.wholesale.OfferCommand;
import org.techan.wholesale.OrganisationKind;
import org.techan.wholesale.PackKind;
import org.techan.wholesale.PlaceQuickOrderCommand;
import org.techan.wholesale.PriceTier;
import org.techan.wholesale.ProducingBaseCommand;
import org.techan.wholesale.WholesaleApi;

/**
 * 基地自提: a buyer collects a bulk order at the shop's producing base. No freight is charged; the
 * shop packs it, makes it ready there and records its collection, which completes it; nothing is
 * shipped. A shop without a base cannot be collected from, and a delivered order has no
 * collection steps.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectionAtBaseTest {

    private static final String VILLAGE = "620826100201";

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

    private final long run = System.currentTimeMillis() % 10_000_000L;
    private TestMarketplace.Shop base;
    private TestMarketplace.Shop noBase;
    private long apples;
    private long pears;
    private Actor buyer;
    private String buyerLogin;
    private String staffLogin;

    @BeforeAll
    void anOrchardWithABaseAndOneWithout() {
        market.regions(VILLAGE, "甘肃省/Gansu", "平凉市/Pingliang", "静宁县/Jingning", "城关镇", "果园村");
        staffLogin = "collection.staff." + run;
        base = market.aShop("collect-orchard-" + run)
                .named("老庙苹果基地")
                .inVillage(VILLAGE)
                .staff(staffLogin, "collection-staff-2026")
                .open();
        noBase = market.aShop("no-base-orchard-" + run)
                .named("无基地果园")
                .inVillage(VILLAGE)
                .open();
        apples = market.aProduct(base, "老庙苹果 箱")
                .priced("60.00")
                .withBatch(500)
                .create()
                .skuId();
        pears = market.aProduct(noBase, "老庙酥梨 箱")
                .priced("50.00")
                .withBatch(500)
                .create()
                .skuId();
        wholesale.saveOffer(base.staff(), offer(apples));
        wholesale.saveOffer(noBase.staff(), offer(pears));
        wholesale.saveFreight(
                base.staff(), FreightRules.byWeight(List.of(new FreightBand(null, new BigDecimal("120.00")))));
        wholesale.saveProducingBase(
                base.staff(),
                new ProducingBaseCommand("老庙镇苹果基地", "620826100000", "城关镇果园村冷库", new BigDecimal("600"), List.of(9, 10)));
        buyerLogin = "134" + String.format("%08d", (run * 41 + 1) % 100_000_000L);
        buyer = verified(buyerLogin);
    }

    @Test
    void aCollectedOrderCostsNoFreightAndIsReadyAndCollectedAtTheBase() {
        OrderGroupView delivered = place(apples + ",10\n", false);
        assertThat(delivered.shippingTotal())
                .as("delivered: the base's freight band")
                .isEqualByComparingTo("120.00");

        OrderGroupView collected = place(apples + ",10\n", true);
        assertThat(collected.shippingTotal()).isEqualByComparingTo("0.00");
        OrderView order = collected.orders().get(0);
        assertThat(order.fulfilment()).isEqualTo(Fulfilment.COLLECTION);
        order = cards.pay(buyer, collected.number(), "4242424242424242")
                .orders()
                .get(0);
        assertThat(order.state()).isEqualTo(OrderState.PAID);

        FormClient member = FormClient.signIn(http, buyerLogin, "collection-buyer-26");
        assertThat(member.get("/orders/" + collected.number()).body())
                .contains("collect-at-" + order.number(), "到基地自提：老庙镇苹果基地，甘肃省 平凉市 静宁县 城关镇 城关镇果园村冷库");

        FormClient staff = FormClient.signIn(http, staffLogin, "collection-staff-2026");
        String number = order.number();
        assertThat(staff.post("/coop/orders/" + number + "/collection", List.of(Map.entry("step", "READY")))
                        .code())
                .as("not packed yet")
                .isEqualTo(409);
        assertThat(staff.post("/coop/orders/" + number + "/pack", List.of()).code())
                .isEqualTo(303);
        assertThat(staff.get("/coop/orders").body()).contains("买家到基地自提，无需发货", "collection-" + number);
        assertThatThrownBy(() -> orders.shipOrder(base.staff(), number, "顺丰", "SF1234567890"))
                .as("nothing is shipped")
                .isInstanceOf(ConflictException.class);
        assertThat(staff.post("/coop/orders/" + number + "/collection", List.of(Map.entry("step", "READY")))
                        .code())
                .isEqualTo(303);
        assertThat(orders.shopOrder(base.staff(), number).state()).isEqualTo(OrderState.READY_FOR_PICKUP);
        assertThatThrownBy(() -> orders.advance(noBase.staff(), number, OrderState.PICKED_UP))
                .as("another shop's order")
                .isInstanceOf(NotFoundException.class);
        assertThat(staff.post("/coop/orders/" + number + "/collection", List.of(Map.entry("step", "COLLECTED")))
                        .code())
                .isEqualTo(303);
        OrderView done = orders.shopOrder(base.staff(), number);
        assertThat(done.state()).isEqualTo(OrderState.COMPLETED);
        assertThat(done.timeline().stream().map(t -> t.to()))
                .containsSubsequence(
                        OrderState.PAID,
                        OrderState.PACKED,
                        OrderState.READY_FOR_PICKUP,
                        OrderState.PICKED_UP,
                        OrderState.COMPLETED);
        assertThat(staff.post("/coop/orders/" + number + "/collection", List.of(Map.entry("step", "COLLECTED")))
                        .code())
                .as("collected once")
                .isEqualTo(409);
    }

    @Test
    void aDeliveredOrderHasNoCollectionStepsAndAShopWithoutABaseCannotBeCollectedFrom() {
        OrderGroupView delivered = place(apples + ",10\n", false);
        String number = cards.pay(buyer, delivered.number(), "4242424242424242")
                .orders()
                .get(0)
                .number();
        orders.advance(base.staff(), number, OrderState.PACKED);
        assertThatThrownBy(() -> orders.advance(base.staff(), number, OrderState.READY_FOR_PICKUP))
                .isInstanceOf(NotAllowedException.class);

        assertThatThrownBy(() -> place(apples + ",10\n" + pears + ",10\n", true))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "wholesale.collect.no-base");
        FormClient member = FormClient.signIn(http, buyerLogin, "collection-buyer-26");
        assertThat(member.upload("/wholesale/quick-order", parts -> parts.addPart("lines", apples + ",10"), true)
                        .body())
                .as("every shop has a base: collection is offered")
                .contains("id=\"collect\"");
        assertThat(member.upload(
                                "/wholesale/quick-order",
                                parts -> parts.addPart("lines", apples + ",10\n" + pears + ",10"),
                                true)
                        .body())
                .contains("place-form")
                .doesNotContain("id=\"collect\"");
    }

    private OrderGroupView place(String lines, boolean collect) {
        return wholesale
                .placeQuickOrder(
                        buyer,
                        new PlaceQuickOrderCommand(
                                UUID.randomUUID().toString(),
                                lines,
                                "PO-C-" + run,
                                MarketCalendar.today(java.time.Clock.systemUTC())
                                        .plusDays(2),
                                "赵师傅",
                                "13700003333",
                                null,
                                null,
                                collect,
                                null))
                .order();
    }

    private static OfferCommand offer(long sku) {
        return new OfferCommand(
                sku,
                PackKind.BOX,
                5000,
                10,
                10,
                null,
                List.of(new PriceTier(10, new BigDecimal("55.00"))),
                Grade.FIRST,
                null,
                null,
                null);
    }

    private Actor verified(String login) {
        return WholesaleFixtures.verifiedBuyer(
                wholesale,
                accounts,
                "老庙食堂",
                OrganisationKind.CANTEEN,
                "620826",
                "食堂路 1 号",
                login,
                "collection-buyer-26");
    }
}
