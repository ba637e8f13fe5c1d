package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.stripe.StripeClient;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentConfirmParams;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderState;
import org.techan.orders.OrdersApi;
import org.techan.orders.PaymentView;
import org.techan.orders.PlaceOrderCommand;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;

/** A payment whose webhooks never get applied is still found and applied by reconciliation. */
@MicronautTest(transactional = false)
@Property(name = "techan.payments.news.enabled", value = "false")
@Property(name = "techan.payments.reconciliation-interval", value = "300ms")
@Property(name = "techan.payments.reconciliation-quiet", value = "0s")
class PaymentReconciliationTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "150925100201";

    @Inject
    OrdersApi orders;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    Accounts accounts;

    @Inject
    StripeClient stripe;

    @Test
    void shouldApplyAPaymentWhoseWebhookWasLost() throws Exception {
        long sku = oatFlour();
        Actor buyer = accounts.register(
                        new RegisterAccountCommand("13947100001", "buyer-pw-2026", "其其格", Role.CONSUMER))
                .actor();
        OrderGroupView group = orders.checkout(
                buyer,
                new PlaceOrderCommand(
                        "lost-webhook",
                        List.of(new CartLine(sku, 2)),
                        new DeliveryAddress("其其格", "13947100001", "150102", "新华大街 1 号")));
        PaymentView payment = orders.payment(buyer, group.number());

        // Paid at the provider directly: no confirmation answer reaches the shop, and webhooks are off.
        stripe.paymentIntents()
                .confirm(
                        payment.intentId(),
                        PaymentIntentConfirmParams.builder()
                                .setPaymentMethod("pm_card_visa")
                                .build(),
                        RequestOptions.builder()
                                .setIdempotencyKey("test-direct-" + group.number())
                                .build());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !(orders.orderGroup(buyer, group.number())
                                .orders()
                                .get(0)
                                .state()
                        != OrderState.PAID));
        assertThat(orders.orderGroup(buyer, group.number()).orders().get(0).state())
                .isEqualTo(OrderState.PAID);
        assertThat(orders.payment(buyer, group.number()).status()).isEqualTo("succeeded");
    }

    private long oatFlour() {
        market.regions(VILLAGE, "内蒙古自治区/Inner Mongolia", "乌兰察布市/Ulanqab", "凉城县/Liangcheng", "岱海镇", "莜麦村");
        TestMarketplace.Shop oatShop = market.aShop("liangcheng-oats")
                .named("凉城莜面合作社")
                .inVillage(VILLAGE)
                .selling("莜面")
                .contact("巴特尔", "13947100000")
                .staff("liangcheng.staff", "oats-2026-pw")
                .open();
        long sku = market.aProduct(oatShop, "凉城莜面")
                .inCategory("grains")
                .describedAs("高寒莜麦磨制。")
                .kept(TemperatureClass.AMBIENT, 365)
                .harvestedIn(9)
                .sku(new SkuCommand("2 斤装", null, SaleUnit.BAG, 1000, new BigDecimal("26.00")))
                .withBatch(
                        10,
                        org.techan.platform.MarketCalendar.today(java.time.Clock.systemUTC())
                                .minusDays(10),
                        "岱海镇北坡")
                .create()
                .skuId();
        return sku;
    }
}
