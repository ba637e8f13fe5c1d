package org.techan.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.StockPort;
import org.techan.catalog.StockReservation;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.catalog.internal.HeldStock;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.OrdersApi;
import org.techan.orders.PlaceOrderCommand;
import org.techan.orders.ShippingKind;
import org.techan.orders.ShippingRule;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.Outbox;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.platform.TryAgainLaterException;

/** Checkouts placed together in one transaction answer each buyer as a lone checkout would. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CombinedCheckoutTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "140921100201";
    private static final DeliveryAddress HOME = new DeliveryAddress("赵敏", "13700137000", "310101", "淮海中路 8 号");

    @Inject
    Checkout checkout;

    @Inject
    CheckoutCombiner combiner;

    @Inject
    OrderGroups groups;

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
    JdbcOperations jdbc;

    @Inject
    Quotes quotes;

    @Inject
    DeliveryCharges delivery;

    @Inject
    Stores stores;

    @Inject
    OrderNumbers numbers;

    @Inject
    Outbox outbox;

    @Inject
    Buyers buyers;

    @Inject
    Clock clock;

    private TestMarketplace.Shop milletShop;
    private TestMarketplace.Shop honeyShop;

    @BeforeAll
    void marketplace() {
        market.regions(VILLAGE, "山西省/Shanxi", "忻州市/Xinzhou", "定襄县/Dingxiang", "晋昌镇/Jinchang", "南关村");
        milletShop = market.aShop("dingxiang-millet")
                .named("定襄小米专业合作社")
                .inVillage(VILLAGE)
                .open();
        honeyShop = market.aShop("dingxiang-honey")
                .named("定襄槐花蜜合作社")
                .inVillage(VILLAGE)
                .open();
        orders.setShippingRule(
                honeyShop.staff(),
                new ShippingRule(ShippingKind.BY_WEIGHT, new BigDecimal("8"), new BigDecimal("3.5"), null));
    }

    @Test
    void shouldAnswerEachRequestAsAloneAndShareTheBatchesFirstHarvestedFirst() {
        long millet = sku("定襄小米 新米", LocalDate.of(2026, 7, 1), 3, LocalDate.of(2026, 8, 1), 5);
        Actor first = market.aConsumer();
        Actor unlucky = market.aConsumer();
        PlaceOrderCommand firstCommand = command("together-1", millet, 2, null);
        List<Checkout.Request> requests = List.of(
                Checkout.request(first, firstCommand),
                Checkout.request(market.aConsumer(), command("together-2", millet, 2, null)),
                Checkout.request(market.aConsumer(), command("together-3", millet, 2, new BigDecimal("39.80"))),
                Checkout.request(first, firstCommand),
                Checkout.request(unlucky, command("together-4", 987_654_321L, 1, null)),
                Checkout.request(unlucky, command("together-5", millet, 1, new BigDecimal("1.00"))));

        List<Checkout.Together> outcomes = checkout.placeTogether(requests);

        assertThat(outcomes.subList(0, 3))
                .allSatisfy(outcome -> assertThat(outcome.groupId()).isNotNull());
        assertThat(outcomes.get(3).alone())
                .as("the same key twice in one batch waits to be placed alone")
                .isTrue();
        assertThat(outcomes.get(4).refused()).isInstanceOf(RuleViolationException.class);
        assertThat(outcomes.get(5).refused()).isInstanceOf(ConflictException.class);
        List<OrderGroupView> placed = groups.views(
                outcomes.subList(0, 3).stream().map(Checkout.Together::groupId).toList());
        assertThat(placed).allSatisfy(group -> {
            assertThat(group.goodsTotal()).isEqualByComparingTo("39.80");
            assertThat(group.orders()).singleElement().satisfies(order -> {
                assertThat(order.state()).isEqualTo(OrderState.PENDING_PAYMENT);
                assertThat(order.lines()).singleElement().satisfies(line -> assertThat(line.quantity())
                        .isEqualTo(2));
                assertThat(order.timeline()).singleElement().satisfies(step -> assertThat(step.actorRole())
                        .isEqualTo("CONSUMER"));
            });
        });
        assertThat(outcomes.subList(0, 3).stream()
                        .map(Checkout.Together::placed)
                        .toList())
                .as("delivered groups are answered from the write exactly as a read gives them")
                .isEqualTo(placed);
        assertThat(harvests(placed.get(0))).containsExactly("2026-07-01×2");
        assertThat(harvests(placed.get(1))).containsExactly("2026-07-01×1", "2026-08-01×1");
        assertThat(harvests(placed.get(2))).containsExactly("2026-08-01×2");
        assertThat(available(millet)).isEqualTo(2);
        assertThat(orders.checkout(first, firstCommand).number())
                .as("the key placed together answers a retry with its group")
                .isEqualTo(placed.get(0).number());
        assertThat(orders.orderGroups(unlucky, 0, 10)).isEmpty();
        assertThat(available(millet)).isEqualTo(2);
    }

    @Test
    void shouldAnswerGroupsOfSeveralShopsFromTheWriteAsTheyAreRead() {
        long millet = sku(milletShop, "定襄小米 礼盒", LocalDate.of(2026, 9, 1), 20, null, 0);
        long honey = sku(honeyShop, "定襄槐花蜜", LocalDate.of(2026, 6, 1), 20, null, 0);
        List<Checkout.Request> requests = List.of(
                Checkout.request(
                        market.aConsumer(),
                        new PlaceOrderCommand(
                                "two-shops-1",
                                List.of(new CartLine(honey, 3), new CartLine(millet, 1)),
                                HOME,
                                null,
                                null)),
                Checkout.request(
                        market.aConsumer(),
                        new PlaceOrderCommand(
                                "two-shops-2",
                                List.of(new CartLine(millet, 6)),
                                HOME,
                                null,
                                new BigDecimal("119.40"))));

        List<Checkout.Together> outcomes = checkout.placeTogether(requests);

        List<OrderGroupView> read =
                groups.views(outcomes.stream().map(Checkout.Together::groupId).toList());
        assertThat(outcomes.stream().map(Checkout.Together::placed).toList())
                .as("the answers built from the write equal the groups read back, field for field")
                .isEqualTo(read);
        OrderGroupView twoShops = read.get(0);
        assertThat(twoShops.orders())
                .extracting(OrderView::shopSlug)
                .containsExactly("dingxiang-honey", "dingxiang-millet");
        // 3 kg of honey by weight: ¥8 for the first kilogram, ¥3.50 for each of the two more.
        assertThat(twoShops.orders().get(0).shipping()).isEqualByComparingTo("15.00");
        assertThat(twoShops.orders().get(1).shipping()).isEqualByComparingTo("10.00");
        assertThat(twoShops.total()).isEqualByComparingTo(twoShops.goodsTotal().add(new BigDecimal("25.00")));
        assertThat(read.get(1).shippingTotal()).as("free from ¥99").isEqualByComparingTo("0.00");
    }

    @Test
    void shouldKeepNothingWhenTheStockIsShortForAllTogetherAndLetEachTryAlone() throws Exception {
        long millet = sku("定襄小米 尝鲜", LocalDate.of(2026, 9, 1), 3, null, 0);
        List<Actor> buyers = List.of(market.aConsumer(), market.aConsumer(), market.aConsumer());
        List<Checkout.Request> requests = new ArrayList<>();
        for (int i = 0; i < buyers.size(); i++) {
            requests.add(Checkout.request(buyers.get(i), command("short-" + i, millet, 2, null)));
        }

        assertThatThrownBy(() -> checkout.placeTogether(requests)).isInstanceOf(ConflictException.class);

        assertThat(available(millet)).isEqualTo(3);
        for (Actor buyer : buyers) {
            assertThat(orders.orderGroups(buyer, 0, 10)).isEmpty();
        }
        List<String> sold = rush(buyers, i -> command("short-" + i, millet, 2, null));
        assertThat(sold).hasSize(1);
        assertThat(available(millet)).isEqualTo(1);
    }

    @Test
    void shouldCombineAFlashSaleRushWithoutOversellingAndHoldEveryUnitSold() throws Exception {
        long combinedBefore = combiner.combined();
        // Whether arrivals overlap enough to share a batch depends on the scheduler; every round
        // must sell exactly its stock, and some round (nearly always the first) combines.
        for (int round = 0; round < 5 && combiner.combined() == combinedBefore; round++) {
            long millet = sku("定襄小米 秒杀 " + round, LocalDate.of(2026, 9, 1), 25, LocalDate.of(2026, 9, 15), 15);
            List<Actor> buyers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                buyers.add(market.aConsumer());
            }

            List<String> sold = rush(buyers, i -> command("rush", millet, 1, null));

            assertThat(sold).hasSize(40).doesNotHaveDuplicates();
            assertThat(available(millet)).isZero();
            int held = 0;
            for (String group : sold) {
                held += reservations.of(group).allocations().stream()
                        .mapToInt(StockReservation.Allocation::quantity)
                        .sum();
            }
            assertThat(held).isEqualTo(40);
        }
        assertThat(combiner.combined() - combinedBefore)
                .as("checkouts answered together with others")
                .isPositive();
    }

    /**
     * A batch stuck in the database (a lock held elsewhere, a slow disk) must not hold the buyers
     * behind it: those it took are told to try again with their key, the others are placed alone.
     */
    @Test
    void shouldNotLetAStuckBatchHoldItsBuyersOrThoseBehindIt() throws Exception {
        long millet = sku("定襄小米 卡住", LocalDate.of(2026, 9, 1), 200, null, 0);
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The real (transactional) checkout does the work; this one only stops batches at the door.
        Checkout stopsBatches =
                new Checkout(
                        jdbc, stock, quotes, delivery, stores, numbers, groups, outbox, clock, buyers, List.of(),
                        List.of(), 3) {
                    @Override
                    public Together placeOne(Request request) {
                        return checkout.placeOne(request);
                    }

                    @Override
                    public List<Together> placeTogether(List<Request> requests) {
                        stuck.countDown();
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return checkout.placeTogether(requests);
                    }
                };
        CheckoutCombiner patient = new CheckoutCombiner(stopsBatches, groups, 1, Duration.ofMillis(500));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Checkout.Request> told = new ArrayList<>();
            // Eight buyers at once, round after round, until two of them share a batch (usually at once).
            for (int round = 0; round < 20 && stuck.getCount() > 0; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Checkout.Request> requests = new ArrayList<>();
                List<Future<Object>> answers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    Checkout.Request request =
                            Checkout.request(market.aConsumer(), command("stuck-" + round + "-" + i, millet, 1, null));
                    requests.add(request);
                    answers.add(pool.submit(() -> {
                        start.await();
                        try {
                            return patient.place(request);
                        } catch (TryAgainLaterException later) {
                            return later;
                        }
                    }));
                }
                start.countDown();
                for (int i = 0; i < answers.size(); i++) {
                    Object answer = answers.get(i).get(10, TimeUnit.SECONDS);
                    assertThat(answer).isInstanceOfAny(OrderGroupView.class, TryAgainLaterException.class);
                    if (answer instanceof TryAgainLaterException) {
                        told.add(requests.get(i));
                    }
                }
            }
            assertThat(stuck.getCount()).as("a batch formed and stuck").isZero();
            assertThat(told)
                    .as("the stuck batch's buyers were told to try again")
                    .hasSizeGreaterThan(1);

            Checkout.Request newcomer = Checkout.request(market.aConsumer(), command("behind", millet, 1, null));
            assertThat(patient.place(newcomer).orders())
                    .as("a checkout behind the stuck batch is placed alone after the patience")
                    .hasSize(1);

            release.countDown();
            for (Checkout.Request again : told) {
                OrderGroupView group = await().atMost(Duration.ofSeconds(10))
                        .ignoreException(TryAgainLaterException.class)
                        .until(() -> patient.place(again), placed -> placed != null);
                assertThat(orders.orderGroups(again.consumer(), 0, 10))
                        .as("asking again with the key answers the one group the batch placed")
                        .singleElement()
                        .extracting(OrderGroupView::number)
                        .isEqualTo(group.number());
            }
        } finally {
            release.countDown();
            patient.close();
            pool.shutdownNow();
        }
    }

    /** Every buyer checks out at the same moment; the groups of those who got stock. */
    private List<String> rush(List<Actor> buyers, IntFunction<PlaceOrderCommand> commands) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(buyers.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < buyers.size(); i++) {
            Actor buyer = buyers.get(i);
            PlaceOrderCommand command = commands.apply(i);
            Callable<String> one = () -> {
                start.await();
                try {
                    return orders.checkout(buyer, command).number();
                } catch (ConflictException soldOut) {
                    return null;
                }
            };
            outcomes.add(pool.submit(one));
        }
        start.countDown();
        List<String> sold = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            if (outcome.get() != null) {
                sold.add(outcome.get());
            }
        }
        pool.shutdown();
        return sold;
    }

    /** The harvest day and units of each batch a group's stock hold takes from. */
    private List<String> harvests(OrderGroupView group) {
        return reservations.of(group.number()).allocations().stream()
                .map(a -> catalog.trace(a.traceCode()).batch().harvestDate() + "×" + a.quantity())
                .toList();
    }

    private static PlaceOrderCommand command(String key, long sku, int quantity, BigDecimal expectedGoodsTotal) {
        return new PlaceOrderCommand(key, List.of(new CartLine(sku, quantity)), HOME, null, expectedGoodsTotal);
    }

    /** A published SKU at ¥19.90 with one or two batches. */
    private long sku(String title, LocalDate firstHarvest, int firstUnits, LocalDate secondHarvest, int secondUnits) {
        return sku(milletShop, title, firstHarvest, firstUnits, secondHarvest, secondUnits);
    }

    private long sku(
            TestMarketplace.Shop shop,
            String title,
            LocalDate firstHarvest,
            int firstUnits,
            LocalDate secondHarvest,
            int secondUnits) {
        TestMarketplace.ProductBuilder product = market.aProduct(shop, title)
                .inCategory("grains")
                .kept(TemperatureClass.AMBIENT, 365)
                .harvestedIn(9, 10)
                .sku(new SkuCommand("2 斤装", null, SaleUnit.JIN, 1000, new BigDecimal("19.90")))
                .withBatch(firstUnits, firstHarvest);
        if (secondHarvest != null) {
            product.withBatch(secondUnits, secondHarvest);
        }
        return product.create().skuId();
    }

    private int available(long sku) {
        return stock.skusForSale(List.of(sku)).get(0).available();
    }
}
