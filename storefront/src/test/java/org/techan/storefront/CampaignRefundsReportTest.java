package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.AfterSaleKind;
import org.techan.orders.AfterSaleLine;
import org.techan.orders.AfterSaleReason;
import org.techan.orders.AfterSaleState;
import org.techan.orders.AfterSaleView;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.Funder;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PlaceOrderCommand;
import org.techan.orders.RequestAfterSaleCommand;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.promotions.CampaignRule;
import org.techan.promotions.CampaignState;
import org.techan.promotions.CreateCampaignCommand;
import org.techan.promotions.EnrolCommand;
import org.techan.promotions.PromotionsApi;

/**
 * Money given back after payment shows in the campaign report: an order refunded in full and a
 * line an after-sale refunded, with the GMV and the discount no funder owes; a refund of an amount
 * on the whole order counted.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignRefundsReportTest {

    private static final String VILLAGE = "350124100201";
    private static final String FESTIVAL = "refunds-report-festival";
    private static final String CARD = "4242424242424242";
    private static final DeliveryAddress HOME = new DeliveryAddress("林静", "13800138011", "310101", "南京东路 9 号");

    @Inject
    PromotionsApi promotions;

    @Inject
    OrdersApi orders;

    @Inject
    TestMarketplace market;

    @Inject
    CardPayments cards;

    @Inject
    Accounts accounts;

    @Inject
    @Client("/")
    HttpClient http;

    private TestMarketplace.Shop shop;
    private long sku;
    private long campaign;

    @BeforeAll
    void minqing() {
        market.regions(VILLAGE, "福建省/Fujian", "福州市/Fuzhou", "闽清县/Minqing", "梅城镇", "梅东村");
        shop = market.aShop("minqing-olive").named("闽清橄榄合作社").inVillage(VILLAGE).open();
        sku = market.aProduct(shop, "闽清橄榄")
                .priced("60.00")
                .withBatch(100)
                .create()
                .skuId();
        RunningFestivals.create(promotions, FESTIVAL, "闽清橄榄节", 1, 20);
        campaign = promotions
                .createCampaign(
                        TestMarketplace.OPERATOR,
                        new CreateCampaignCommand(
                                FESTIVAL,
                                "橄榄直降",
                                null,
                                null,
                                null,
                                List.of(shop.slug()),
                                Funder.PLATFORM,
                                CampaignRule.priceCut(),
                                null,
                                null))
                .id();
        promotions.moveCampaign(TestMarketplace.OPERATOR, campaign, CampaignState.ENROLMENT, null);
        long enrolment = promotions
                .enrol(shop.staff(), campaign, new EnrolCommand(sku, new BigDecimal("50.00"), null))
                .id();
        promotions.reviewEnrolment(TestMarketplace.OPERATOR, enrolment, true, null);
        for (CampaignState state : List.of(CampaignState.REVIEW, CampaignState.WARM_UP, CampaignState.LIVE)) {
            promotions.moveCampaign(TestMarketplace.OPERATOR, campaign, state, null);
        }
        accounts.register(new RegisterAccountCommand("minqing.ops", "operator-2026", "运营小林", Role.OPERATOR));
    }

    @Test
    void refundsAfterPaymentShowInTheReport() {
        Paid whole = paidOrder("whole", 2);
        Paid oneBack = paidOrder("one-back", 2);
        Paid byAmount = paidOrder("by-amount", 1);

        OrderView refunded = orders.refund(
                shop.staff(), whole.order().number(), whole.order().total(), "橄榄坏果，整单退款");
        assertThat(refunded.state()).isEqualTo(OrderState.REFUNDED);
        AfterSaleView asked = orders.requestAfterSale(
                oneBack.buyer(),
                oneBack.order().number(),
                new RequestAfterSaleCommand(
                        AfterSaleKind.REFUND, AfterSaleReason.DAMAGED, null, null, List.of(new AfterSaleLine(sku, 1))));
        orders.moveAfterSale(shop.staff(), asked.id(), AfterSaleState.REFUNDED, null);
        orders.refund(shop.staff(), byAmount.order().number(), new BigDecimal("10.00"), "运费补偿");

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(promotions.campaignReport(TestMarketplace.OPERATOR, campaign))
                        .singleElement()
                        .satisfies(day -> {
                            assertThat(day.orders())
                                    .as("refunded orders stay among those placed")
                                    .isEqualTo(3);
                            assertThat(day.units()).isEqualTo(5);
                            assertThat(day.gmv()).isEqualByComparingTo("250.00");
                            assertThat(day.discount()).isEqualByComparingTo("50.00");
                            assertThat(day.refundedOrders()).isEqualTo(1);
                            assertThat(day.refundedGmv())
                                    .as("the whole order's ¥100 and the ¥50 unit the after-sale gave back")
                                    .isEqualByComparingTo("150.00");
                            assertThat(day.refundedDiscount())
                                    .as("¥10 off each of those three units")
                                    .isEqualByComparingTo("30.00");
                            assertThat(day.partlyRefundedOrders())
                                    .as("¥10 back on the whole order: for no line in particular")
                                    .isEqualTo(1);
                        }));

        FormClient operator = FormClient.signIn(http, "minqing.ops", "operator-2026");
        String report =
                operator.get("/api/v1/ops/campaigns/" + campaign + "/report").body();
        assertThat(report).contains("\"refundedOrders\":1", "\"partlyRefundedOrders\":1");
        assertThat(operator.get("/ops/campaigns/" + campaign).body()).contains("全额退款单数", "无需结算的优惠", "¥30.00");
    }

    private record Paid(Actor buyer, OrderView order) {}

    private Paid paidOrder(String key, int units) {
        Actor buyer = market.aConsumer();
        OrderGroupView group = orders.checkout(
                buyer, new PlaceOrderCommand("refunds-" + key, List.of(new CartLine(sku, units)), HOME));
        cards.pay(buyer, group.number(), CARD);
        OrderView order = group.orders().get(0);
        assertThat(order.lines().get(0).unitPrice()).isEqualByComparingTo("50.00");
        return new Paid(buyer, order);
    }
}
