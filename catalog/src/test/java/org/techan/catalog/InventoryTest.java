package org.techan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.catalog.internal.ExpiringBatches;
import org.techan.catalog.internal.HeldStock;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.testsupport.MovableClock;

@MicronautTest(transactional = false)
@Property(name = "spec.clock", value = "movable")
@Property(name = "techan.inventory.expiry-check", value = "200ms")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InventoryTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "500101100201";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    HeldStock reservations;

    @Inject
    ExpiringBatches expiring;

    @Inject
    StockPort stock;

    @Inject
    MovableClock clock;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    JdbcOperations jdbc;

    private Actor staff;

    @BeforeAll
    void wanzhou() {
        market.regions(VILLAGE, "重庆市/Chongqing", "重庆市辖区", "万州区/Wanzhou", "高笋塘街道", "玫瑰香橙村");
        market.regions("310100000000", "上海市/Shanghai", "上海市辖区/Shanghai");
        TestMarketplace.Shop orangeShop = market.aShop("wanzhou-orange")
                .named("万州玫瑰香橙合作社")
                .inVillage(VILLAGE)
                .selling("玫瑰香橙")
                .contact("谭红", "13908350000")
                .staff("wanzhou.staff", "orange-2026-pw")
                .open();
        staff = orangeShop.staff();
    }

    @Test
    void shouldSellExactlyTheStockToTwoHundredConcurrentCheckoutsAndNeverGoBelowZero() throws Exception {
        long sku = sku("万州玫瑰香橙 抢购", true);
        batch(sku, 30, daysAgo(4));
        batch(sku, 20, daysAgo(3));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Boolean>> checkouts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String reference = "rush-" + i;
            checkouts.add(() -> {
                try {
                    reservations.reserve(new ReserveStockCommand(
                            reference, List.of(new StockLine(sku, 1)), ReserveStockCommand.DEFAULT_HOLD));
                    return true;
                } catch (ConflictException soldOut) {
                    return false;
                }
            });
        }
        int sold = 0;
        for (Future<Boolean> outcome : pool.invokeAll(checkouts)) {
            sold += outcome.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(sold).isEqualTo(50);
        assertThat(available(sku)).isZero();
        ProductView product = productOf(sku);
        assertThat(product.batches()).allSatisfy(b -> assertThat(b.remaining()).isZero());
        int allocated = 0;
        for (int i = 0; i < 200; i++) {
            try {
                allocated += reservations.of("rush-" + i).allocations().stream()
                        .mapToInt(StockReservation.Allocation::quantity)
                        .sum();
            } catch (NotFoundException refused) {
                // A checkout refused for want of stock left no reservation behind.
            }
        }
        assertThat(allocated).isEqualTo(50);
    }

    @Test
    void shouldTakeTheEarliestHarvestFirstAndGiveUnitsBackToTheirBatches() {
        long sku = sku("万州玫瑰香橙 5 斤", true);
        String august = batch(sku, 10, daysAgo(20));
        String july = batch(sku, 5, daysAgo(25));

        StockReservation held = reservations.reserve(
                new ReserveStockCommand("fifo-1", List.of(new StockLine(sku, 8)), ReserveStockCommand.DEFAULT_HOLD));

        assertThat(held.status()).isEqualTo(ReservationStatus.HELD);
        assertThat(held.allocations())
                .containsExactly(
                        new StockReservation.Allocation(sku, july, 5), new StockReservation.Allocation(sku, august, 3));
        assertThat(available(sku)).isEqualTo(7);

        assertThat(stock.release("fifo-1").status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(stock.release("fifo-1").status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(available(sku)).isEqualTo(15);
        assertThat(remaining(sku, july)).isEqualTo(5);
        assertThat(remaining(sku, august)).isEqualTo(10);
        assertThatThrownBy(() -> stock.commit("fifo-1", RegionCode.parse("3101")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void shouldReserveForSeveralOrdersAtOnceSharingTheBatchesInOrderOrForNone() {
        long oranges = sku("万州玫瑰香橙 团购", true);
        long gift = sku("万州玫瑰香橙 团购礼盒", true);
        String july = batch(oranges, 3, daysAgo(25));
        String august = batch(oranges, 5, daysAgo(20));
        String giftBatch = batch(gift, 2, daysAgo(20));

        List<StockReservation> held = stock.reserve(List.of(
                new ReserveStockCommand("group-1", List.of(new StockLine(oranges, 2)), null),
                new ReserveStockCommand("group-2", List.of(new StockLine(oranges, 2), new StockLine(gift, 1)), null),
                new ReserveStockCommand("group-3", List.of(new StockLine(oranges, 2)), null)));

        assertThat(held).extracting(StockReservation::reference).containsExactly("group-1", "group-2", "group-3");
        assertThat(held.get(0).allocations()).containsExactly(new StockReservation.Allocation(oranges, july, 2));
        assertThat(held.get(1).allocations())
                .containsExactly(
                        new StockReservation.Allocation(oranges, july, 1),
                        new StockReservation.Allocation(oranges, august, 1),
                        new StockReservation.Allocation(gift, giftBatch, 1));
        assertThat(held.get(2).allocations()).containsExactly(new StockReservation.Allocation(oranges, august, 2));
        assertThat(reservations.of("group-2").allocations())
                .isEqualTo(held.get(1).allocations());
        assertThat(available(oranges)).isEqualTo(2);
        assertThat(remaining(oranges, july)).isZero();
        assertThat(remaining(oranges, august)).isEqualTo(2);

        assertThatThrownBy(() -> stock.reserve(List.of(
                        new ReserveStockCommand("group-4", List.of(new StockLine(gift, 1)), null),
                        new ReserveStockCommand("group-5", List.of(new StockLine(oranges, 3)), null))))
                .as("enough for each alone is not enough for both together")
                .isInstanceOf(ConflictException.class);
        assertThat(available(gift)).isEqualTo(1);
        assertThat(available(oranges)).isEqualTo(2);
        assertThatThrownBy(() -> reservations.of("group-4")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> stock.reserve(List.of(
                        new ReserveStockCommand("group-6", List.of(new StockLine(gift, 1)), null),
                        new ReserveStockCommand("group-1", List.of(new StockLine(oranges, 1)), null))))
                .as("a reference already taken")
                .isInstanceOf(ConflictException.class);
        assertThat(available(gift)).isEqualTo(1);
    }

    @Test
    void shouldAllocateAgainWhenAnotherCheckoutEmptiedThePlannedBatchMeanwhile() throws Exception {
        long sku = sku("万州玫瑰香橙 秒杀", true);
        String july = batch(sku, 10, daysAgo(25));
        String august = batch(sku, 5, daysAgo(20));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        // Another checkout takes the whole July batch and keeps its transaction open: the
        // reservation below plans July from what was committed, then finds it empty when it writes.
        Future<?> other = pool.submit(() -> transactions.executeWrite(status -> {
            sql("UPDATE catalog_sku SET available = available - 10 WHERE id = ?", sku);
            sql("UPDATE catalog_batch SET remaining = remaining - 10 WHERE trace_code = ?", july);
            holding.countDown();
            await(letGo);
            return null;
        }));
        await(holding);
        Future<StockReservation> reserved = pool.submit(() -> reservations.reserve(new ReserveStockCommand(
                "stale-plan", List.of(new StockLine(sku, 2)), ReserveStockCommand.DEFAULT_HOLD)));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> waitingForSkuRow() > 0 || reserved.isDone());
        letGo.countDown();
        other.get(10, TimeUnit.SECONDS);
        StockReservation held = reserved.get(10, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(held.allocations()).containsExactly(new StockReservation.Allocation(sku, august, 2));
        assertThat(reservations.of("stale-plan").allocations()).isEqualTo(held.allocations());
        assertThat(available(sku)).isEqualTo(3);
        assertThat(remaining(sku, july)).isZero();
        assertThat(remaining(sku, august)).isEqualTo(3);
    }

    /** A bulk order's many SKUs are taken in sets of rows, earliest harvest first, all or none. */
    @Test
    void shouldReserveABulkOrdersManySkusFromTheirBatchesOrNone() {
        List<Long> skus = new ArrayList<>();
        Map<Long, String[]> batches = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            long sku = sku("万州批发橙 " + i, true);
            String fresher = batch(sku, 20, daysAgo(5));
            String older = batch(sku, 3, daysAgo(9));
            batches.put(sku, new String[] {older, fresher});
            skus.add(sku);
        }
        List<StockLine> lines = skus.stream().map(sku -> new StockLine(sku, 5)).toList();

        StockReservation held =
                reservations.reserve(new ReserveStockCommand("bulk-" + SERIAL.incrementAndGet(), lines, null));

        assertThat(held.allocations()).hasSize(120);
        for (long sku : skus) {
            assertThat(held.allocations())
                    .contains(
                            new StockReservation.Allocation(sku, batches.get(sku)[0], 3),
                            new StockReservation.Allocation(sku, batches.get(sku)[1], 2));
            assertThat(available(sku)).isEqualTo(18);
        }

        List<StockLine> tooMany =
                new ArrayList<>(skus.stream().map(sku -> new StockLine(sku, 1)).toList());
        tooMany.set(41, new StockLine(skus.get(41), 19));
        assertThatThrownBy(() -> reservations.reserve(new ReserveStockCommand("bulk-short", tooMany, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(Long.toString(skus.get(41)));
        assertThat(skus)
                .allSatisfy(sku -> assertThat(available(sku)).as("nothing kept").isEqualTo(18));
        assertThatThrownBy(() -> reservations.of("bulk-short")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldReserveEveryLineOrNoneAndRefuseBadInput() {
        long plenty = sku("万州玫瑰香橙 10 斤", true);
        long scarce = sku("万州玫瑰香橙 礼盒", true);
        long draft = sku("万州玫瑰香橙 试销", false);
        batch(plenty, 10, daysAgo(8));
        batch(scarce, 1, daysAgo(8));

        assertThatThrownBy(() -> reservations.reserve(new ReserveStockCommand(
                        "all-or-none", List.of(new StockLine(plenty, 4), new StockLine(scarce, 2)), null)))
                .isInstanceOf(ConflictException.class);
        assertThat(available(plenty)).isEqualTo(10);
        assertThat(available(scarce)).isEqualTo(1);
        assertThatThrownBy(() -> reservations.of("all-or-none")).isInstanceOf(NotFoundException.class);

        assertThatThrownBy(() ->
                        reservations.reserve(new ReserveStockCommand("zero", List.of(new StockLine(plenty, 0)), null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> reservations.reserve(new ReserveStockCommand("none", List.of(), null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> reservations.reserve(
                        new ReserveStockCommand("ghost", List.of(new StockLine(999_999, 1)), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        reservations.reserve(new ReserveStockCommand("draft", List.of(new StockLine(draft, 1)), null)))
                .isInstanceOf(RuleViolationException.class);
        reservations.reserve(new ReserveStockCommand("twice", List.of(new StockLine(plenty, 1)), null));
        assertThatThrownBy(() ->
                        reservations.reserve(new ReserveStockCommand("twice", List.of(new StockLine(plenty, 1)), null)))
                .isInstanceOf(ConflictException.class);
        assertThat(available(plenty)).isEqualTo(9);
    }

    @Test
    void shouldShowWhereAPaidBatchWentByCityAndListItsOrdersForARecall() {
        long sku = sku("万州玫瑰香橙 家庭装", true);
        String code = batch(sku, 20, daysAgo(6));
        reservations.reserve(new ReserveStockCommand("paid-1", List.of(new StockLine(sku, 3)), null));
        reservations.reserve(new ReserveStockCommand("paid-2", List.of(new StockLine(sku, 2)), null));
        reservations.reserve(new ReserveStockCommand("unpaid", List.of(new StockLine(sku, 4)), null));
        stock.commit("paid-1", RegionCode.parse("310101"));
        stock.commit("paid-2", RegionCode.parse("500101100201"));
        stock.commit("paid-2", RegionCode.parse("500101100201"));

        assertThat(catalog.trace(code).destinations())
                .containsExactly(
                        new BatchDestination("310100000000", "上海市辖区", "Shanghai", 3),
                        new BatchDestination("500100000000", "重庆市辖区", null, 2));
        assertThat(catalog.batchShipments(OPERATOR, code))
                .containsExactly(
                        new BatchShipment("unpaid", 4, ReservationStatus.HELD),
                        new BatchShipment("paid-1", 3, ReservationStatus.COMMITTED),
                        new BatchShipment("paid-2", 2, ReservationStatus.COMMITTED));
        assertThatThrownBy(() -> catalog.batchShipments(staff, code)).isInstanceOf(NotAllowedException.class);
        assertThat(soldEvents("paid-1")).containsExactly("[" + sku + ",3]");
        assertThat(soldEvents("paid-2")).as("committed twice, sold once").containsExactly("[" + sku + ",2]");
        assertThat(soldEvents("unpaid")).isEmpty();
    }

    /** The [sku, units] sold by each StockSold event the reservation published. */
    private List<String> soldEvents(String reservation) {
        return transactions.executeRead(status -> {
            String sql =
                    "SELECT JSON_EXTRACT(payload, '$.units[0].skuId'), JSON_EXTRACT(payload, '$.units[0].quantity')"
                            + " FROM catalog_outbox WHERE event_type = 'org.techan.catalog.StockSold'"
                            + " AND JSON_VALUE(payload, '$.reservation') = ?";
            List<String> events = new ArrayList<>();
            try (PreparedStatement select = jdbc.getConnection().prepareStatement(sql)) {
                select.setString(1, reservation);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add("[" + rows.getString(1) + "," + rows.getString(2) + "]");
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return events;
        });
    }

    @Test
    void shouldKeepUnitsOfARecalledBatchOffSaleWhenTheirOrderGivesThemBack() {
        long sku = sku("万州玫瑰香橙 尝鲜装", true);
        String early = batch(sku, 5, daysAgo(15));
        batch(sku, 5, daysAgo(10));
        reservations.reserve(new ReserveStockCommand("before-recall", List.of(new StockLine(sku, 3)), null));

        catalog.recallBatch(OPERATOR, early, "农残抽检超标");
        assertThat(available(sku)).isEqualTo(5);
        stock.release("before-recall");

        assertThat(available(sku)).isEqualTo(5);
        assertThat(reservations
                        .reserve(new ReserveStockCommand("after-recall", List.of(new StockLine(sku, 5)), null))
                        .allocations())
                .extracting(StockReservation.Allocation::traceCode)
                .doesNotContain(early);
    }

    @Test
    void shouldSellUnitsOfABatchRecalledBeforePaymentFromAnotherBatch() {
        long sku = sku("万州玫瑰香橙 礼盒", true);
        String early = batch(sku, 5, daysAgo(15));
        String later = batch(sku, 5, daysAgo(10));
        reservations.reserve(new ReserveStockCommand("paid-after-recall", List.of(new StockLine(sku, 3)), null));

        catalog.recallBatch(OPERATOR, early, "农残抽检超标");
        assertThat(recallEventReservations(early)).containsExactly("paid-after-recall");
        StockReservation sold = stock.commit("paid-after-recall", RegionCode.parse("3101"));

        assertThat(sold.status()).isEqualTo(ReservationStatus.COMMITTED);
        assertThat(sold.allocations()).containsExactly(new StockReservation.Allocation(sku, later, 3));
        assertThat(available(sku)).as("5 sound units, 3 of them sold").isEqualTo(2);
        assertThat(soldEvents("paid-after-recall")).containsExactly("[" + sku + ",3]");
        assertThat(stock.commit("paid-after-recall", RegionCode.parse("3101")).allocations())
                .as("twice is once")
                .containsExactly(new StockReservation.Allocation(sku, later, 3));
        assertThat(available(sku)).isEqualTo(2);
    }

    @Test
    void shouldSellNothingWhenNoOtherBatchCanReplaceARecalledOne() {
        long sku = sku("万州玫瑰香橙 整箱", true);
        String early = batch(sku, 5, daysAgo(15));
        batch(sku, 2, daysAgo(12));
        reservations.reserve(new ReserveStockCommand("recalled-short", List.of(new StockLine(sku, 7)), null));
        batch(sku, 3, daysAgo(10));

        catalog.recallBatch(OPERATOR, early, "农残抽检超标");
        assertThat(available(sku)).isEqualTo(3);
        StockReservation refused = stock.commit("recalled-short", RegionCode.parse("3101"));

        assertThat(refused.status()).isEqualTo(ReservationStatus.RECALLED);
        assertThat(available(sku))
                .as("the 3 sound units stay on sale, the 2 held from a sound batch come back, the recalled 5 do not")
                .isEqualTo(5);
        assertThat(soldEvents("recalled-short")).isEmpty();
        assertThat(stock.commit("recalled-short", RegionCode.parse("3101")).status())
                .as("twice is once")
                .isEqualTo(ReservationStatus.RECALLED);
        assertThat(available(sku)).isEqualTo(5);
    }

    /** The checkouts the recall of a batch announced. */
    private List<String> recallEventReservations(String traceCode) {
        return transactions.executeRead(status -> {
            String sql = "SELECT JSON_EXTRACT(payload, '$.reservations') FROM catalog_outbox"
                    + " WHERE event_type = 'org.techan.catalog.BatchRecalled' AND JSON_VALUE(payload, '$.traceCode') = ?";
            List<String> references = new ArrayList<>();
            try (PreparedStatement select = jdbc.getConnection().prepareStatement(sql)) {
                select.setString(1, traceCode);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        for (String reference :
                                rows.getString(1).replaceAll("[\\[\\]\" ]", "").split(",")) {
                            references.add(reference);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return references;
        });
    }

    @Test
    void shouldTakeABatchPastItsShelfLifeOffSaleAndSellTheFresherOne() {
        long sku = sku("万州玫瑰香橙 鲜果", true);
        LocalDate today = MarketCalendar.today(clock);
        // The product keeps 30 days: one batch has 2 days left, the other 20.
        String old = batch(sku, 4, today.minusDays(28));
        String fresh = batch(sku, 6, today.minusDays(10));
        assertThat(expiring.expireDue(sku)).isZero();
        assertThat(available(sku)).isEqualTo(10);
        assertThat(catalog.expiringBatches(staff, 3))
                .as("the shop is warned of the batch leaving sale in 2 days, not of the fresh one")
                .filteredOn(b -> b.traceCode().equals(old) || b.traceCode().equals(fresh))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.traceCode()).isEqualTo(old);
                    assertThat(b.remaining()).isEqualTo(4);
                    assertThat(b.leavesSaleOn()).isEqualTo(today.plusDays(2));
                });
        assertThatThrownBy(() -> catalog.expiringBatches(staff, 61)).isInstanceOf(RuleViolationException.class);

        clock.advance(Duration.ofDays(2));
        try {
            assertThat(expiring.expireDue(sku)).isEqualTo(1);

            assertThat(available(sku))
                    .as("the 4 units past their shelf life left sale")
                    .isEqualTo(6);
            assertThat(reservations
                            .reserve(new ReserveStockCommand("after-expiry", List.of(new StockLine(sku, 6)), null))
                            .allocations())
                    .containsExactly(new StockReservation.Allocation(sku, fresh, 6));
            assertThatThrownBy(() -> reservations.reserve(
                            new ReserveStockCommand("nothing-fresh-left", List.of(new StockLine(sku, 1)), null)))
                    .isInstanceOf(ConflictException.class);
            stock.release("after-expiry");
            assertThat(available(sku)).isEqualTo(6);
            assertThat(expiring.expireDue(sku))
                    .as("an expired batch is expired once")
                    .isZero();
            assertThat(old).isNotEqualTo(fresh);
        } finally {
            clock.advance(Duration.ofDays(-2));
        }
    }

    @Test
    void shouldSellUnitsHeldFromABatchPastItsShelfLifeFromAFresherBatchOrNotAtAll() {
        long sku = sku("万州玫瑰香橙 当日鲜", true);
        LocalDate today = MarketCalendar.today(clock);
        // The product keeps 30 days: today is the older batch's last day on sale.
        String old = batch(sku, 4, today.minusDays(29));
        String fresh = batch(sku, 2, today.minusDays(5));
        Duration overnight = Duration.ofDays(2);
        reservations.reserve(new ReserveStockCommand("held-overnight", List.of(new StockLine(sku, 2)), overnight));
        reservations.reserve(new ReserveStockCommand("held-short", List.of(new StockLine(sku, 1)), overnight));
        assertThat(available(sku)).isEqualTo(3);

        clock.advance(Duration.ofDays(1));
        try {
            assertThatThrownBy(() -> reservations.reserve(
                            new ReserveStockCommand("after-midnight", List.of(new StockLine(sku, 3)), null)))
                    .as("the SKU still counts the old batch's last unit, but a checkout takes none of it")
                    .isInstanceOf(ConflictException.class);
            assertThat(available(sku)).isEqualTo(3);
            StockReservation sold = stock.commit("held-overnight", RegionCode.parse("3101"));
            assertThat(sold.status())
                    .as("paid before the shelf-life check ran: the due batch is withdrawn all the same")
                    .isEqualTo(ReservationStatus.COMMITTED);
            assertThat(sold.allocations()).containsExactly(new StockReservation.Allocation(sku, fresh, 2));
            assertThat(available(sku))
                    .as("the old batch's last unit, counted until the shelf-life check takes it off")
                    .isEqualTo(1);

            assertThat(expiring.expireDue(sku)).isEqualTo(1);
            assertThat(available(sku)).isZero();
            StockReservation refused = stock.commit("held-short", RegionCode.parse("3101"));
            assertThat(refused.status()).isEqualTo(ReservationStatus.OUT_OF_DATE);
            assertThat(stock.commit("held-short", RegionCode.parse("3101")).status())
                    .as("twice is once")
                    .isEqualTo(ReservationStatus.OUT_OF_DATE);
            assertThat(available(sku))
                    .as("the unit held from the batch past its shelf life does not come back on sale")
                    .isZero();
            assertThat(soldEvents("held-short")).isEmpty();
            assertThat(catalog.trace(old).destinations())
                    .as("nothing past its shelf life went out")
                    .isEmpty();
        } finally {
            clock.advance(Duration.ofDays(-1));
        }
    }

    @Test
    void shouldPutUnpaidStockBackOnSaleOnceItsTimeIsUp() throws InterruptedException {
        long sku = sku("万州玫瑰香橙 预售", true);
        batch(sku, 6, daysAgo(2));
        reservations.reserve(
                new ReserveStockCommand("slow-payer", List.of(new StockLine(sku, 6)), Duration.ofMinutes(15)));
        assertThat(available(sku)).isZero();

        clock.advance(Duration.ofMinutes(16));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> !(reservations.of("slow-payer").status() == ReservationStatus.HELD));

        assertThat(reservations.of("slow-payer").status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(available(sku)).isEqualTo(6);
        assertThatThrownBy(() -> stock.commit("slow-payer", RegionCode.parse("3101")))
                .isInstanceOf(ConflictException.class);
    }

    /**
     * A harvest day relative to the test clock: the product keeps 30 days, so a fixed date would
     * leave sale as the calendar moves on.
     */
    private LocalDate daysAgo(int days) {
        return MarketCalendar.today(clock).minusDays(days);
    }

    private long sku(String title, boolean publish) {
        ProductView product = catalog.createProduct(
                staff,
                new SaveProductCommand(
                        "fresh-fruit",
                        title,
                        null,
                        "万州玫瑰香橙，果香浓郁。",
                        null,
                        VILLAGE,
                        TemperatureClass.AMBIENT,
                        30,
                        List.of(11, 12),
                        false,
                        List.of(new SkuCommand(
                                "5 斤装" + SERIAL.incrementAndGet(),
                                null,
                                SaleUnit.BOX,
                                2500,
                                new BigDecimal("59.00")))));
        if (publish) {
            catalog.publishProduct(staff, product.id());
        }
        return product.skus().get(0).id();
    }

    private String batch(long sku, int quantity, LocalDate harvested) {
        return catalog.receiveBatch(
                        staff,
                        new ReceiveBatchCommand(
                                sku,
                                quantity,
                                harvested,
                                "高笋塘一号园",
                                null,
                                null,
                                null,
                                InspectionResult.NOT_INSPECTED,
                                null))
                .traceCode();
    }

    private ProductView productOf(long sku) {
        return catalog.ownProducts(staff, 0, 100).items().stream()
                .filter(p -> p.skus().stream().anyMatch(s -> s.id() == sku))
                .findFirst()
                .orElseThrow();
    }

    private void sql(String sql, Object parameter) {
        try (PreparedStatement statement = jdbc.getConnection().prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Other sessions of this database running a statement that updates a SKU row (waiting for its
     * lock, here). MariaDB shows the running statement of a multi-statement query, MySQL the whole
     * text, so the update may stand anywhere in it; either way the plan was read before it.
     */
    private int waitingForSkuRow() {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = jdbc.getConnection()
                            .prepareStatement("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                                    + " WHERE DB = DATABASE() AND ID <> CONNECTION_ID() AND COMMAND = 'Query'"
                                    + " AND INFO LIKE '%UPDATE catalog_sku %'");
                    ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Waited 10 s in vain");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int available(long sku) {
        return productOf(sku).skus().get(0).available();
    }

    private int remaining(long sku, String traceCode) {
        return productOf(sku).batches().stream()
                .filter(b -> b.traceCode().equals(traceCode))
                .findFirst()
                .orElseThrow()
                .remaining();
    }
}
