package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.StripeClient;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentConfirmParams;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techan.catalog.AddRegionCommand;
import org.techan.catalog.ApplyForShopCommand;
import org.techan.catalog.BusinessLicenceNumber;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.InspectionResult;
import org.techan.catalog.ReceiveBatchCommand;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SaveProductCommand;
import org.techan.catalog.ShopKind;
import org.techan.catalog.ShopStatus;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;
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

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (orders.orderGroup(buyer, group.number()).orders().get(0).state() != OrderState.PAID
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(orders.orderGroup(buyer, group.number()).orders().get(0).state())
                .isEqualTo(OrderState.PAID);
        assertThat(orders.payment(buyer, group.number()).status()).isEqualTo("succeeded");
    }

    private long oatFlour() {
        catalog.addRegion(OPERATOR, new AddRegionCommand("150000000000", "内蒙古自治区", "Inner Mongolia"));
        catalog.addRegion(OPERATOR, new AddRegionCommand("150900000000", "乌兰察布市", "Ulanqab"));
        catalog.addRegion(OPERATOR, new AddRegionCommand("150925000000", "凉城县", "Liangcheng"));
        catalog.addRegion(OPERATOR, new AddRegionCommand("150925100000", "岱海镇", null));
        catalog.addRegion(OPERATOR, new AddRegionCommand(VILLAGE, "莜麦村", null));
        String first17 = "93150925MA0000001";
        catalog.applyForShop(new ApplyForShopCommand(
                "liangcheng-oats",
                ShopKind.COOPERATIVE,
                "凉城莜面合作社",
                null,
                VILLAGE,
                "莜面",
                "巴特尔",
                "13947100000",
                first17 + BusinessLicenceNumber.checkCharacter(first17),
                null));
        catalog.changeShopStatus(OPERATOR, "liangcheng-oats", ShopStatus.APPROVED);
        Actor staff = catalog.addShopStaff(
                        OPERATOR,
                        "liangcheng-oats",
                        new RegisterAccountCommand("liangcheng.staff", "oats-2026-pw", "巴特尔", null))
                .actor();
        long product = catalog.createProduct(
                        staff,
                        new SaveProductCommand(
                                "grains",
                                "凉城莜面",
                                null,
                                "高寒莜麦磨制。",
                                null,
                                VILLAGE,
                                TemperatureClass.AMBIENT,
                                365,
                                List.of(9),
                                false,
                                List.of(new SkuCommand("2 斤装", null, SaleUnit.BAG, 1000, new BigDecimal("26.00")))))
                .id();
        long sku = catalog.product(staff, product).skus().get(0).id();
        catalog.receiveBatch(
                staff,
                new ReceiveBatchCommand(
                        sku,
                        10,
                        LocalDate.of(2026, 9, 30),
                        "岱海镇北坡",
                        null,
                        null,
                        null,
                        InspectionResult.NOT_INSPECTED,
                        null));
        catalog.publishProduct(staff, product);
        return sku;
    }
}
