package org.techan.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
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
import org.techan.orders.CartHolder;
import org.techan.orders.CartLine;
import org.techan.orders.CartLineView;
import org.techan.orders.CartView;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderLineView;
import org.techan.orders.OrderView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PlaceOrderCommand;
import org.techan.orders.RequestAfterSaleCommand;
import org.techan.platform.Actor;

/**
 * An order-level discount from the pricing pipeline, through checkout, payment and refunds: shared
 * among the lines to the cent, stored with who funds it, and refunded unit by unit to exactly what
 * the buyer paid.
 */
@MicronautTest(transactional = false)
@Property(name = "test.pricing.threshold-shop", value = "xixia-mushroom")
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscountedOrdersTest {

    private static final String VILLAGE = "411323100201";
    private static final DeliveryAddress HOME = new DeliveryAddress("李娜", "13937001122", "411323", "白羽路 6 号");

    @Inject
    OrdersApi orders;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    CardPayments cards;

    @Inject
    TestMarketplace market;

    @Inject
    TransactionOperations<Connection> transactions;

    private TestMarketplace.Shop shop;
    private long mushrooms;
    private long kiwis;

    @BeforeAll
    void xixia() {
        market.regions(VILLAGE, "河南省/Henan", "南阳市/Nanyang", "西峡县/Xixia", "白羽街道", "城关村");
        shop = market.aShop("xixia-mushroom")
                .named("西峡香菇合作社")
                .inVillage(VILLAGE)
                .selling("香菇")
                .open();
        mushrooms = market.aProduct(shop, "西峡花菇")
                .kept(TemperatureClass.AMBIENT, 365)
                .sku(new SkuCommand("500 克", null, SaleUnit.BAG, 500, new BigDecimal("33.00")))
                .withBatch(50)
                .create()
                .skuId();
        kiwis = market.aProduct(shop, "西峡猕猴桃")
                .kept(TemperatureClass.AMBIENT, 30)
                .sku(new SkuCommand("2 斤", null, SaleUnit.BOX, 1000, new BigDecimal("20.00")))
                .withBatch(50)
                .create()
                .skuId();
    }

    @Test
    void aShopsDiscountIsSharedAmongItsLinesToTheCentAndStoredWithItsFunder() {
        Actor buyer = market.aConsumer();

        OrderGroupView group = orders.checkout(
                buyer,
                new PlaceOrderCommand(
                        "discounted-1", List.of(new CartLine(mushrooms, 3), new CartLine(kiwis, 1)), HOME));

        // 10.00 off 99.00 and 20.00: 8.319… and 1.680… → 8.32 and 1.68.
        OrderView order = group.orders().get(0);
        assertThat(order.goodsTotal()).isEqualByComparingTo("109.00");
        assertThat(order.lines())
                .extracting(OrderLineView::lineTotal)
                .containsExactly(new BigDecimal("90.68"), new BigDecimal("18.32"));
        assertThat(order.lines())
                .extracting(OrderLineView::unitPrice)
                .containsExactly(new BigDecimal("33.00"), new BigDecimal("20.00"));
        assertThat(orders.orderGroups(buyer, 0, 10).get(0).orders().get(0).lines())
                .as("read back as written")
                .isEqualTo(order.lines());
        assertThat(order.lines().get(0).adjustments()).singleElement().satisfies(discount -> {
            assertThat(discount.terms().label()).isEqualTo("满99减10");
            assertThat(discount.amount()).isEqualByComparingTo("8.32");
            assertThat(discount.terms().funder()).isEqualTo(org.techan.orders.Funder.SHOP);
        });
        assertThat(adjustments(order.number()))
                .containsExactly(
                        mushrooms + " SHOP_THRESHOLD 8.32 满99减10 test:threshold SHOP",
                        kiwis + " SHOP_THRESHOLD 1.68 满99减10 test:threshold SHOP");
    }

    @Test
    void theCartShowsEachLinesShareOfTheDiscountWithItsLabel() {
        Actor buyer = market.aConsumer("xixia.cart.buyer", "xixia-cart-2026");
        orders.addToCart(CartHolder.of(buyer), mushrooms, 3);
        CartView cart = orders.addToCart(CartHolder.of(buyer), kiwis, 1);

        assertThat(cart.goodsTotal()).isEqualByComparingTo("109.00");
        assertThat(cart.shops().get(0).lines())
                .extracting(CartLineView::lineTotal)
                .containsExactly(new BigDecimal("90.68"), new BigDecimal("18.32"));
        assertThat(cart.shops().get(0).lines().get(0).discounts())
                .singleElement()
                .satisfies(discount -> {
                    assertThat(discount.terms().label()).isEqualTo("满99减10");
                    assertThat(discount.amount()).isEqualByComparingTo("8.32");
                });
        String page = FormClient.signIn(http, "xixia.cart.buyer", "xixia-cart-2026")
                .get("/cart")
                .body();
        assertThat(page).contains("满99减10 省 ¥8.32", "满99减10 省 ¥1.68");
    }

    @Test
    void unitsRefundedOneRequestAfterAnotherAddUpToExactlyWhatTheLineCost() {
        Actor buyer = market.aConsumer();
        OrderGroupView group = orders.checkout(
                buyer,
                new PlaceOrderCommand(
                        "discounted-2", List.of(new CartLine(mushrooms, 3), new CartLine(kiwis, 1)), HOME));
        cards.pay(buyer, group.number(), "4242424242424242");
        String number = group.orders().get(0).number();

        AfterSaleView first = refund(buyer, number, 1);
        AfterSaleView rest = refund(buyer, number, 2);

        // 90.68 for three: the first unit 30.22 (rounded down), the other two what is left.
        assertThat(first.amount()).isEqualByComparingTo("30.22");
        assertThat(rest.amount()).isEqualByComparingTo("60.46");
        assertThat(first.amount().add(rest.amount())).isEqualByComparingTo("90.68");
    }

    private AfterSaleView refund(Actor buyer, String number, int units) {
        AfterSaleView asked = orders.requestAfterSale(
                buyer,
                number,
                new RequestAfterSaleCommand(
                        AfterSaleKind.REFUND,
                        AfterSaleReason.DAMAGED,
                        null,
                        null,
                        List.of(new AfterSaleLine(mushrooms, units))));
        orders.moveAfterSale(shop.staff(), asked.id(), AfterSaleState.REFUNDED, null);
        return asked;
    }

    private List<String> adjustments(String orderNumber) {
        return transactions.executeRead(status -> {
            try (var select = status.getConnection()
                    .prepareStatement("SELECT a.sku_id, a.stage, a.amount, a.label, a.source, a.funder"
                            + " FROM orders_adjustment a JOIN orders_order o ON o.id = a.order_id"
                            + " WHERE o.number = ? ORDER BY a.sku_id")) {
                select.setString(1, orderNumber);
                List<String> rows = new ArrayList<>();
                try (var read = select.executeQuery()) {
                    while (read.next()) {
                        rows.add(read.getLong(1) + " " + read.getString(2) + " " + read.getBigDecimal(3) + " "
                                + read.getString(4) + " " + read.getString(5) + " " + read.getString(6));
                    }
                }
                return rows;
            }
        });
    }
}
