package org.techan.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.ProductView;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.StockPort;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CartTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "360781103201";
    private static final String CITY_DISTRICT = "360702000000";
    private static final DeliveryAddress HOME = new DeliveryAddress("陈静", "13600136000", CITY_DISTRICT, "红旗大道 8 号");

    @Inject
    OrdersApi orders;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    StockPort stock;

    @Inject
    Accounts accounts;

    private TestMarketplace.Shop orangeShop;
    private TestMarketplace.Shop riceShop;
    private Actor orangeStaff;
    private Actor riceStaff;
    private long navelOranges;
    private long rice;
    private long honeyJars;

    @BeforeAll
    void marketplace() {
        market.regions(VILLAGE, "江西省/Jiangxi", "赣州市/Ganzhou", "瑞金市/Ruijin", "叶坪乡/Yeping", "华屋村");
        market.region(CITY_DISTRICT, "章贡区/Zhanggong");
        orangeShop = market.aShop("huawu-navel-orange")
                .named("华屋脐橙合作社")
                .inVillage(VILLAGE)
                .open();
        orangeStaff = orangeShop.staff();
        riceShop =
                market.aShop("ruijin-rice").named("瑞金红米合作社").inVillage(VILLAGE).open();
        riceStaff = riceShop.staff();
        navelOranges = sku(orangeShop, "赣南脐橙", "49.90", 30, new SkuCommand("5 斤装", null, SaleUnit.BOX, 2500, null));
        rice = sku(riceShop, "瑞金红米", "25.00", 40, new SkuCommand("1 公斤", null, SaleUnit.BAG, 1000, null));
        honeyJars = sku(
                riceShop,
                "瑞金土蜂蜜",
                "30.00",
                24,
                new SkuCommand("500 克 瓶装（两瓶起，两瓶一组，限 6 瓶）", null, SaleUnit.JAR, 500, null, 2, 2, 6));
    }

    @Test
    void shouldKeepAVisitorsCartGroupedByShopAndPricedAsCheckoutWouldCharge() {
        CartHolder visitor = CartHolder.visitor(UUID.randomUUID().toString());

        orders.addToCart(visitor, navelOranges, 1);
        orders.addToCart(visitor, rice, 2);
        CartView cart = orders.addToCart(visitor, navelOranges, 1);

        assertThat(cart.shops())
                .extracting(CartShopView::shopSlug)
                .containsExactly("huawu-navel-orange", "ruijin-rice");
        CartShopView oranges = cart.shops().get(0);
        assertThat(oranges.lines()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualTo(2);
            assertThat(line.lineTotal()).isEqualByComparingTo("99.80");
            assertThat(line.problem()).isNull();
        });
        assertThat(oranges.shipping()).isEqualByComparingTo("0.00");
        assertThat(cart.shops().get(1).goodsTotal()).isEqualByComparingTo("50.00");
        assertThat(cart.shops().get(1).shipping()).isEqualByComparingTo("10.00");
        assertThat(cart.total()).isEqualByComparingTo("159.80");
        assertThat(cart.units()).isEqualTo(4);
        assertThat(cart.readyForCheckout()).isTrue();

        assertThatThrownBy(() -> orders.addToCart(visitor, rice, 39)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> orders.addToCart(visitor, 987_654_321L, 1)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> orders.addToCart(visitor, rice, 0)).isInstanceOf(RuleViolationException.class);
        assertThat(orders.cart(visitor)).isEqualTo(cart);

        CartView fewer = orders.changeCartLine(visitor, rice, 0);
        assertThat(fewer.shops()).extracting(CartShopView::shopSlug).containsExactly("huawu-navel-orange");
        assertThatThrownBy(() -> orders.changeCartLine(visitor, rice, 1)).isInstanceOf(NotFoundException.class);
        assertThat(orders.cart(CartHolder.visitor(UUID.randomUUID().toString())).isEmpty())
                .isTrue();
    }

    @Test
    void shouldHoldQuantitiesToTheSkusMinimumStepAndLimit() {
        CartHolder buyer = CartHolder.of(market.aConsumer());

        assertThatThrownBy(() -> orders.addToCart(buyer, honeyJars, 1))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("purchase.below-minimum");
        orders.addToCart(buyer, honeyJars, 2);
        assertThatThrownBy(() -> orders.addToCart(buyer, honeyJars, 1))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("purchase.step");
        assertThat(orders.addToCart(buyer, honeyJars, 4).units()).isEqualTo(6);
        assertThatThrownBy(() -> orders.addToCart(buyer, honeyJars, 2))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("purchase.above-limit");
        assertThatThrownBy(() -> orders.checkout(
                        buyer.consumer(), new PlaceOrderCommand("jars-3", List.of(new CartLine(honeyJars, 3)), HOME)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(orders.orderGroups(buyer.consumer(), 0, 10)).isEmpty();

        long product = stock.skusForSale(List.of(honeyJars)).get(0).productId();
        assertThatThrownBy(() -> catalog.addSku(
                        riceStaff,
                        product,
                        new SkuCommand("礼盒", null, SaleUnit.GIFT_BOX, 1000, new BigDecimal("99.00"), 3, 1, 2)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(catalog.product(riceStaff, product).skus()).hasSize(1);
    }

    @Test
    void shouldMergeAVisitorsCartIntoTheAccountOnSignIn() {
        Actor buyer = market.aConsumer();
        String token = UUID.randomUUID().toString();
        orders.addToCart(CartHolder.of(buyer), rice, 1);
        orders.addToCart(CartHolder.visitor(token), rice, 2);
        orders.addToCart(CartHolder.visitor(token), honeyJars, 4);
        orders.addToCart(CartHolder.of(market.aConsumer()), honeyJars, 6);

        CartView merged = orders.mergeCart(token, buyer);

        assertThat(merged.shops()).singleElement().satisfies(shop -> assertThat(shop.lines())
                .extracting(CartLineView::skuId, CartLineView::quantity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(rice, 3),
                        org.assertj.core.groups.Tuple.tuple(honeyJars, 4)));
        assertThat(orders.cart(CartHolder.visitor(token)).isEmpty()).isTrue();
        assertThat(orders.mergeCart(token, buyer)).isEqualTo(merged);
    }

    @Test
    void shouldShowAPriceChangeAndRefuseACheckoutAtTheOldTotal() {
        Actor buyer = market.aConsumer();
        long pomelo = sku(orangeShop, "瑞金蜜柚", "20.00", 10, new SkuCommand("1 个", null, SaleUnit.PIECE, 1500, null));
        orders.addToCart(CartHolder.of(buyer), pomelo, 5);
        ProductView product = catalog.product(
                orangeStaff, stock.skusForSale(List.of(pomelo)).get(0).productId());
        catalog.reviseSku(
                orangeStaff, pomelo, new SkuCommand("1 个", null, SaleUnit.PIECE, 1500, new BigDecimal("22.00")));

        CartView cart = orders.cart(CartHolder.of(buyer));
        CartLineView line = cart.shops().get(0).lines().get(0);
        assertThat(line.priceWhenAdded()).isEqualByComparingTo("20.00");
        assertThat(line.unitPrice()).isEqualByComparingTo("22.00");
        assertThat(line.priceRose()).isTrue();
        assertThat(cart.anyPriceChanged()).isTrue();
        assertThat(cart.total()).isEqualByComparingTo("110.00");

        assertThatThrownBy(() -> orders.checkoutCart(
                        buyer, new CartCheckoutCommand("pomelo-1", null, HOME, null, new BigDecimal("100.00"))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("checkout.prices-changed");
        assertThat(orders.orderGroups(buyer, 0, 10)).isEmpty();
        assertThat(orders.addresses(buyer)).isEmpty();
        assertThat(orders.cart(CartHolder.of(buyer)).units()).isEqualTo(5);
        assertThat(stock.skusForSale(List.of(pomelo)).get(0).available()).isEqualTo(10);

        OrderGroupView group = orders.checkoutCart(
                buyer, new CartCheckoutCommand("pomelo-1", null, HOME, null, new BigDecimal("110.00")));

        assertThat(group.total()).isEqualByComparingTo("110.00");
        assertThat(group.orders().get(0).lines().get(0).unitPrice()).isEqualByComparingTo("22.00");
        assertThat(orders.cart(CartHolder.of(buyer)).isEmpty()).isTrue();
        assertThat(orders.addresses(buyer)).singleElement().satisfies(saved -> {
            assertThat(saved.address()).isEqualTo(HOME);
            assertThat(saved.regionNameZh()).isEqualTo("江西省 赣州市 章贡区");
        });
        assertThat(orders.checkoutCart(buyer, new CartCheckoutCommand("pomelo-1", null, HOME, null, null))
                        .number())
                .isEqualTo(group.number());
        assertThat(orders.orderGroups(buyer, 0, 10)).hasSize(1);
        assertThat(product.skus()).hasSize(1);
    }

    @Test
    void shouldRefuseACartWithALineNoLongerOnSale() {
        Actor buyer = market.aConsumer();
        long chestnuts = sku(orangeShop, "瑞金板栗", "18.00", 10, new SkuCommand("1 斤", null, SaleUnit.JIN, 500, null));
        orders.addToCart(CartHolder.of(buyer), chestnuts, 1);
        orders.addToCart(CartHolder.of(buyer), rice, 1);
        catalog.unpublishProduct(
                orangeStaff, stock.skusForSale(List.of(chestnuts)).get(0).productId());

        CartView cart = orders.cart(CartHolder.of(buyer));

        assertThat(cart.readyForCheckout()).isFalse();
        assertThat(cart.shops().get(0).lines().get(0).problem()).isEqualTo(CartLineProblem.NOT_ON_SALE);
        assertThat(cart.shops().get(0).lines().get(0).titleZh()).isEqualTo("瑞金板栗");
        assertThat(cart.total()).isEqualByComparingTo("35.00");
        assertThatThrownBy(() -> orders.checkoutCart(buyer, new CartCheckoutCommand("gone-1", null, HOME, null, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cart.not-ready");
        assertThat(orders.orderGroups(buyer, 0, 10)).isEmpty();
    }

    @Test
    void shouldKeepEachConsumersAddressBookToThemselves() {
        Actor buyer = market.aConsumer();
        Actor other = market.aConsumer();
        SavedAddress saved = orders.saveAddress(buyer, HOME);
        assertThat(orders.saveAddress(buyer, HOME).id()).isEqualTo(saved.id());
        assertThatThrownBy(
                        () -> orders.saveAddress(buyer, new DeliveryAddress("陈静", "12345", CITY_DISTRICT, "红旗大道 8 号")))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> orders.saveAddress(buyer, new DeliveryAddress("陈静", "13600136000", "369999", "不存在的县")))
                .isInstanceOf(RuleViolationException.class);
        assertThat(orders.addresses(buyer)).hasSize(1);
        assertThat(orders.addresses(other)).isEmpty();
        assertThatThrownBy(() -> orders.removeAddress(other, saved.id())).isInstanceOf(NotFoundException.class);

        orders.addToCart(CartHolder.of(buyer), rice, 1);
        OrderGroupView group =
                orders.checkoutCart(buyer, new CartCheckoutCommand("saved-address", saved.id(), null, null, null));
        assertThat(group.address()).isEqualTo(HOME);

        orders.removeAddress(buyer, saved.id());
        assertThat(orders.addresses(buyer)).isEmpty();
        assertThatThrownBy(() -> orders.addToCart(CartHolder.of(orangeStaff), rice, 1))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void shouldChargeDeliveryByTheShopsOwnRule() {
        TestMarketplace.Shop teaShop =
                market.aShop("ruijin-tea").named("瑞金白茶合作社").inVillage(VILLAGE).open();
        Actor teaStaff = teaShop.staff();
        long tea = sku(teaShop, "瑞金白茶", "40.00", 50, new SkuCommand("1.2 公斤 礼盒", null, SaleUnit.GIFT_BOX, 1200, null));
        Actor buyer = market.aConsumer();
        orders.addToCart(CartHolder.of(buyer), tea, 2);
        assertThat(orders.cart(CartHolder.of(buyer)).shippingTotal()).isEqualByComparingTo("10.00");

        orders.setShippingRule(
                teaStaff,
                new ShippingRule(
                        ShippingKind.BY_WEIGHT, new BigDecimal("8"), new BigDecimal("3.5"), new BigDecimal("200")));

        // 2.4 kg: the first kilogram ¥8, two started kilograms more at ¥3.50.
        assertThat(orders.cart(CartHolder.of(buyer)).shippingTotal()).isEqualByComparingTo("15.00");
        assertThat(orders.changeCartLine(CartHolder.of(buyer), tea, 5).shippingTotal())
                .isEqualByComparingTo("0.00");
        assertThat(orders.shippingRule("huawu-navel-orange")).isEqualTo(ShippingRule.MARKETPLACE_DEFAULT);

        assertThatThrownBy(() -> orders.setShippingRule(
                        teaStaff, new ShippingRule(ShippingKind.BY_WEIGHT, new BigDecimal("8"), null, null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> orders.setShippingRule(
                        teaStaff, new ShippingRule(ShippingKind.FLAT, new BigDecimal("-1"), null, null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> orders.setShippingRule(
                        buyer, new ShippingRule(ShippingKind.FLAT, new BigDecimal("1"), null, null)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(orders.shippingRule("ruijin-tea").perExtraKg()).isEqualByComparingTo("3.50");

        orders.setShippingRule(teaStaff, new ShippingRule(ShippingKind.FLAT, new BigDecimal("6"), null, null));
        OrderGroupView group = orders.checkoutCart(
                buyer, new CartCheckoutCommand("tea-1", null, HOME, null, new BigDecimal("200.00")));
        assertThat(group.shippingTotal()).isEqualByComparingTo("6.00");
    }

    /** A published fresh-fruit product of {@code shape} (price from {@code price}) with one batch. */
    private long sku(TestMarketplace.Shop shop, String title, String price, int stock, SkuCommand shape) {
        return market.aProduct(shop, title)
                .inCategory("fresh-fruit")
                .kept(TemperatureClass.AMBIENT, 30)
                .harvestedIn(11, 12)
                .sku(shape)
                .priced(price)
                .withBatch(
                        stock,
                        org.techan.platform.MarketCalendar.today(java.time.Clock.systemUTC())
                                .minusDays(3))
                .create()
                .skuId();
    }
}
