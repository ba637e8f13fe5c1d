package org.techan.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.ReservationStatus;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.StockPort;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.catalog.internal.HeldStock;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.testsupport.MovableClock;

@MicronautTest(transactional = false)
@Property(name = "spec.clock", value = "movable")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "350125102201";
    private static final DeliveryAddress HOME = new DeliveryAddress("王芳", "13800138000", "310101", "南京东路 100 号 5 楼");

    @Inject
    OrdersApi orders;

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    HeldStock reservations;

    @Inject
    StockPort stock;

    @Inject
    Accounts accounts;

    @Inject
    MovableClock clock;

    private TestMarketplace.Shop plumShop;
    private Actor plumStaff;
    private Actor teaStaff;
    private long plums;
    private long giftBox;
    private long tea;

    @BeforeAll
    void marketplace() {
        market.regions(VILLAGE, "福建省/Fujian", "福州市/Fuzhou", "永泰县/Yongtai", "嵩口镇/Songkou", "月洲村");
        plumShop = market.aShop("songkou-ligan")
                .named("嵩口李干专业合作社")
                .inVillage(VILLAGE)
                .open();
        TestMarketplace.Shop teaShop =
                market.aShop("yongtai-tea").named("永泰绿茶合作社").inVillage(VILLAGE).open();
        plumStaff = plumShop.staff();
        teaStaff = teaShop.staff();
        plums = sku(plumShop, "永泰李干", "38.00", 100);
        giftBox = sku(plumShop, "嵩口蜜饯礼盒", "128.00", 10);
        tea = sku(teaShop, "永泰绿茶", "29.00", 20);
    }

    @Test
    void shouldSplitACheckoutByShopPriceItHoldTheStockAndAnswerARetryWithTheSameGroup() {
        Actor buyer = market.aConsumer();
        PlaceOrderCommand command = new PlaceOrderCommand(
                "cart-1", List.of(new CartLine(plums, 2), new CartLine(giftBox, 1), new CartLine(tea, 1)), HOME);

        OrderGroupView group = orders.checkout(buyer, command);

        assertThat(group.number()).matches("G\\d{8}[2-9A-HJKMNP-Z]{8}");
        assertThat(group.orders()).extracting(OrderView::shopSlug).containsExactly("songkou-ligan", "yongtai-tea");
        OrderView plumOrder = group.orders().get(0);
        OrderView teaOrder = group.orders().get(1);
        assertThat(plumOrder.goodsTotal()).isEqualByComparingTo("204.00");
        assertThat(plumOrder.shipping()).isEqualByComparingTo("0.00");
        assertThat(teaOrder.goodsTotal()).isEqualByComparingTo("29.00");
        assertThat(teaOrder.shipping()).isEqualByComparingTo("10.00");
        assertThat(group.total()).isEqualByComparingTo("243.00");
        assertThat(plumOrder.lines()).extracting(OrderLineView::titleZh).containsExactly("永泰李干", "嵩口蜜饯礼盒");
        assertThat(plumOrder.state()).isEqualTo(OrderState.PENDING_PAYMENT);
        assertThat(plumOrder.timeline()).singleElement().satisfies(step -> {
            assertThat(step.to()).isEqualTo(OrderState.PENDING_PAYMENT);
            assertThat(step.actorRole()).isEqualTo("CONSUMER");
        });
        assertThat(group.payBefore()).isEqualTo(group.createdAt().plus(Duration.ofMinutes(15)));
        assertThat(reservations.of(group.number()).status()).isEqualTo(ReservationStatus.HELD);
        int plumsLeft = available(plums);

        OrderGroupView retried = orders.checkout(buyer, command);

        assertThat(retried.number()).isEqualTo(group.number());
        assertThat(available(plums)).isEqualTo(plumsLeft);
        assertThat(orders.orderGroups(buyer, 0, 10)).hasSize(1);
        assertThatThrownBy(() ->
                        orders.checkout(buyer, new PlaceOrderCommand("cart-1", List.of(new CartLine(plums, 5)), HOME)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void shouldCreateNothingWhenAnySkuIsShortAndRefuseBadCheckouts() {
        Actor buyer = market.aConsumer();
        int teaBefore = available(tea);

        assertThatThrownBy(() -> orders.checkout(
                        buyer,
                        new PlaceOrderCommand(
                                "too-many", List.of(new CartLine(tea, 1), new CartLine(giftBox, 999)), HOME)))
                .isInstanceOf(ConflictException.class);
        assertThat(orders.orderGroups(buyer, 0, 10)).isEmpty();
        assertThat(available(tea)).isEqualTo(teaBefore);

        assertThatThrownBy(
                        () -> orders.checkout(buyer, new PlaceOrderCommand("k1", List.of(new CartLine(tea, 0)), HOME)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> orders.checkout(buyer, new PlaceOrderCommand("k2", List.of(), HOME)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(
                        () -> orders.checkout(buyer, new PlaceOrderCommand(" ", List.of(new CartLine(tea, 1)), HOME)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> orders.checkout(
                        buyer,
                        new PlaceOrderCommand(
                                "k3",
                                List.of(new CartLine(tea, 1)),
                                new DeliveryAddress("王芳", "12345", "310101", "南京东路"))))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> orders.checkout(
                        buyer,
                        new PlaceOrderCommand(
                                "k4",
                                List.of(new CartLine(tea, 1)),
                                new DeliveryAddress("王芳", "13800138000", "31", "南京东路"))))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() ->
                        orders.checkout(buyer, new PlaceOrderCommand("k5", List.of(new CartLine(987_654, 1)), HOME)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() ->
                        orders.checkout(plumStaff, new PlaceOrderCommand("k6", List.of(new CartLine(tea, 1)), HOME)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(orders.orderGroups(buyer, 0, 10)).isEmpty();
        assertThat(available(tea)).isEqualTo(teaBefore);
    }

    @Test
    void shouldShowBuyersOnlyTheirOwnCheckoutsAndLetThemCancelUnpaidOnes() {
        Actor buyer = market.aConsumer();
        Actor stranger = market.aConsumer();
        int before = available(tea);
        OrderGroupView group =
                orders.checkout(buyer, new PlaceOrderCommand("mine", List.of(new CartLine(tea, 3)), HOME));
        assertThat(available(tea)).isEqualTo(before - 3);

        assertThatThrownBy(() -> orders.orderGroup(stranger, group.number())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> orders.cancelCheckout(stranger, group.number()))
                .isInstanceOf(NotFoundException.class);
        assertThat(orders.orderGroups(stranger, 0, 10)).isEmpty();

        OrderGroupView cancelled = orders.cancelCheckout(buyer, group.number());

        assertThat(cancelled.orders()).allSatisfy(o -> {
            assertThat(o.state()).isEqualTo(OrderState.CANCELLED);
            assertThat(o.timeline())
                    .extracting(TransitionView::to)
                    .containsExactly(OrderState.PENDING_PAYMENT, OrderState.CANCELLED);
        });
        assertThat(available(tea)).isEqualTo(before);
        assertThat(orders.cancelCheckout(buyer, group.number()).orders())
                .allSatisfy(o -> assertThat(o.timeline()).hasSize(2));
    }

    @Test
    void shouldCancelUnpaidOrdersOnceTheirStockExpires() throws InterruptedException {
        Actor buyer = market.aConsumer();
        long trial = sku(plumShop, "永泰李干 尝鲜装", "19.90", 10);
        OrderGroupView group =
                orders.checkout(buyer, new PlaceOrderCommand("slow", List.of(new CartLine(trial, 4)), HOME));
        assertThat(available(trial)).isEqualTo(6);

        clock.advance(Duration.ofMinutes(16));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !(orders.orderGroup(buyer, group.number())
                                .orders()
                                .get(0)
                                .state()
                        != OrderState.CANCELLED));

        OrderView order = orders.orderGroup(buyer, group.number()).orders().get(0);
        assertThat(order.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(order.timeline().get(1).actorRole()).isNull();
        assertThat(order.timeline().get(1).note()).isEqualTo("payment window passed");
        assertThat(available(trial)).isEqualTo(10);
        assertThat(reservations.of(group.number()).status()).isEqualTo(ReservationStatus.EXPIRED);
    }

    @Test
    void shouldLetOnlyTheShopMoveItsOrdersAndOnlyAsTheLifecycleAllows() {
        Actor buyer = market.aConsumer();
        OrderGroupView group =
                orders.checkout(buyer, new PlaceOrderCommand("moves", List.of(new CartLine(tea, 1)), HOME));
        String number = group.orders().get(0).number();

        assertThatThrownBy(() -> orders.advance(teaStaff, number, OrderState.PACKED))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> orders.advance(plumStaff, number, OrderState.PACKED))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> orders.advance(teaStaff, number, OrderState.PAID))
                .isInstanceOf(NotAllowedException.class);
        assertThat(orders.orderGroup(buyer, group.number()).orders().get(0).state())
                .isEqualTo(OrderState.PENDING_PAYMENT);
        assertThat(OrderState.PAID.next()).containsExactlyInAnyOrder(OrderState.PACKED, OrderState.REFUNDED);
        assertThat(OrderState.CANCELLED.next()).isEmpty();
    }

    @Test
    void shouldSellExactlyFiftyUnitsToTwoHundredConcurrentCheckouts() throws Exception {
        long hot = sku(plumShop, "永泰李干 秒杀", "9.90", 50);
        List<Actor> buyers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            buyers.add(market.aConsumer());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<String>> checkouts = new ArrayList<>();
        for (Actor buyer : buyers) {
            checkouts.add(() -> {
                try {
                    return orders.checkout(buyer, new PlaceOrderCommand("rush", List.of(new CartLine(hot, 1)), HOME))
                            .number();
                } catch (ConflictException soldOut) {
                    return null;
                }
            });
        }
        Set<String> groups = new HashSet<>();
        for (Future<String> outcome : pool.invokeAll(checkouts)) {
            if (outcome.get() != null) {
                groups.add(outcome.get());
            }
        }
        pool.shutdown();

        assertThat(groups).hasSize(50);
        assertThat(available(hot)).isZero();
        int held = 0;
        for (String group : groups) {
            held += reservations.of(group).allocations().stream()
                    .mapToInt(a -> a.quantity())
                    .sum();
        }
        assertThat(held).isEqualTo(50);
    }

    @Test
    void shouldLetOneAccountHoldAtMostThreeUnpaidCheckoutsWhenItsCheckoutsRace() throws Exception {
        Actor hoarder = market.aConsumer();
        long scarce = sku(plumShop, "嵩口李干 节日装", "18.00", 100);
        List<Callable<String>> checkouts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String key = "hoard-" + i;
            checkouts.add(() -> {
                try {
                    return orders.checkout(hoarder, new PlaceOrderCommand(key, List.of(new CartLine(scarce, 1)), HOME))
                            .number();
                } catch (ConflictException refused) {
                    assertThat(refused.messageKey()).isEqualTo("checkout.too-many-unpaid");
                    return null;
                }
            });
        }
        List<String> placed = placeAtOnce(checkouts);

        assertThat(placed).hasSize(3);
        assertThat(available(scarce)).isEqualTo(97);
        orders.cancelCheckout(hoarder, placed.get(0));
        assertThat(orders.checkout(
                                hoarder, new PlaceOrderCommand("hoard-after", List.of(new CartLine(scarce, 1)), HOME))
                        .orders())
                .as("a cancelled checkout frees its place")
                .isNotEmpty();
        assertThat(orders.checkout(
                                market.aConsumer(),
                                new PlaceOrderCommand("other", List.of(new CartLine(scarce, 1)), HOME))
                        .orders())
                .as("another account is not affected")
                .isNotEmpty();
    }

    @Test
    void shouldLimitUnitsPerPersonAcrossTheBuyersOrdersOfTheWindow() throws Exception {
        long festival = market.aProduct(plumShop, "嵩口芙蓉李 限量礼盒")
                .withBatch(100)
                .sku(new SkuCommand("礼盒", null, SaleUnit.BOX, 1000, new BigDecimal("88.00"), null, null, null, 3, 7))
                .create()
                .skuId();
        Actor buyer = market.aConsumer();
        OrderGroupView first =
                orders.checkout(buyer, new PlaceOrderCommand("limit-1", List.of(new CartLine(festival, 2)), HOME));

        assertThatThrownBy(() -> orders.checkout(
                        buyer, new PlaceOrderCommand("limit-2", List.of(new CartLine(festival, 2)), HOME)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("purchase.above-buyer-limit");
        orders.checkout(buyer, new PlaceOrderCommand("limit-3", List.of(new CartLine(festival, 1)), HOME));
        orders.cancelCheckout(buyer, first.number());
        orders.checkout(buyer, new PlaceOrderCommand("limit-4", List.of(new CartLine(festival, 2)), HOME));
        assertThatThrownBy(() -> orders.checkout(
                        buyer, new PlaceOrderCommand("limit-5", List.of(new CartLine(festival, 1)), HOME)))
                .as("cancelled orders do not count, the others do")
                .isInstanceOf(RuleViolationException.class);

        clock.advance(Duration.ofDays(8));
        long pair = market.aProduct(plumShop, "嵩口芙蓉李 双人礼盒")
                .withBatch(100)
                .sku(new SkuCommand("礼盒", null, SaleUnit.BOX, 1000, new BigDecimal("99.00"), null, null, null, 2, 7))
                .create()
                .skuId();
        Actor racer = market.aConsumer();
        List<Callable<String>> rush = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String key = "limit-rush-" + i;
            rush.add(() -> {
                try {
                    return orders.checkout(racer, new PlaceOrderCommand(key, List.of(new CartLine(pair, 1)), HOME))
                            .number();
                } catch (RuleViolationException | ConflictException refused) {
                    return null;
                }
            });
        }
        assertThat(placeAtOnce(rush))
                .as("simultaneous checkouts of one account count each other: two units, not six")
                .hasSize(2);
        assertThat(orders.checkout(buyer, new PlaceOrderCommand("limit-6", List.of(new CartLine(festival, 3)), HOME))
                        .orders())
                .as("a week later the first buyer's orders are outside the window")
                .isNotEmpty();
    }

    private static List<String> placeAtOnce(List<Callable<String>> checkouts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(checkouts.size());
        try {
            List<String> placed = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(checkouts)) {
                if (outcome.get() != null) {
                    placed.add(outcome.get());
                }
            }
            return placed;
        } finally {
            pool.shutdown();
        }
    }

    private long sku(TestMarketplace.Shop shop, String title, String price, int stock) {
        return market.aProduct(shop, title)
                .priced(price)
                .withBatch(stock)
                .create()
                .skuId();
    }

    private int available(long sku) {
        return stock.skusForSale(List.of(sku)).get(0).available();
    }
}
