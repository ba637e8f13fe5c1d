package org.techan.storefront.tools;

import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.techan.orders.OrdersApi;
import org.techan.orders.PlaceOrderCommand;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.storefront.startup.EmbeddedDefaults;

/**
 * The hot-SKU checkout benchmark: {@code java -cp techan-storefront.jar
 * org.techan.storefront.tools.CheckoutBenchmark [threads] [units] [warm-up units] [manjian]} (defaults 64, 2000 and the larger of 20 per thread and units;
 * {@code manjian} runs it with a live 满减 campaign, 满5减0.50, on the SKUs sold, so every checkout
 * takes the campaign's threshold step as a festival's flash sale does). Warms up on two SKUs of half
 * the warm-up units each, then runs three rounds: each sells a fresh SKU of {@code units} units to
 * {@code threads} buyers checking out one unit at a time until it is sold out, checks nothing was
 * oversold, then runs the bare conditional stock UPDATE the checkout relies on against another SKU
 * of the same stock, on the same database, with the same threads. Prints each round's rates and
 * the median round's ratio; the machine's speed drifts between runs, less within one round.
 */
public final class CheckoutBenchmark {

    private static final Actor OPERATOR = new Actor(0, Role.OPERATOR);
    private static final int ROUNDS = 3;
    static final String VILLAGE = "659001100201";

    private CheckoutBenchmark() {}

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int units = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        try (EmbeddedDefaults embedded = EmbeddedDefaults.startWhatIsNotConfigured(System.getenv());
                ApplicationContext context = ApplicationContext.builder()
                        .properties(embedded.properties())
                        // Each simulated buyer checks out again and again without paying: the
                        // hoarding limit that stops a real script would stop the benchmark.
                        .properties(Map.of(
                                "techan.demo-data.enabled", false, "techan.checkout.max-unpaid", Integer.MAX_VALUE))
                        .start()) {
            CatalogApi catalog = context.getBean(CatalogApi.class);
            OrdersApi orders = context.getBean(OrdersApi.class);
            Database database = new Database(
                    context.getRequiredProperty("datasources.default.url", String.class),
                    context.getProperty("datasources.default.username", String.class)
                            .orElse("root"),
                    context.getProperty("datasources.default.password", String.class)
                            .orElse(""));
            printDurability(database);
            String run = Long.toString(System.currentTimeMillis(), 36);
            Actor staff = shop(catalog, run);
            // Each round sells a SKU of its own, then runs the bare UPDATE on another: rounds close
            // together see the same machine, and the median round is reported.
            List<Long> hot = new ArrayList<>();
            List<Long> raw = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                hot.add(sku(catalog, staff, "爆款秒杀 " + round + " " + run, units));
                raw.add(sku(catalog, staff, "对照 " + round + " " + run, units));
            }
            List<Actor> buyers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                buyers.add(context.getBean(org.techan.platform.Accounts.class)
                        .register(new RegisterAccountCommand(
                                "bench-" + run + "-" + i + "@techan.local",
                                "benchmark-pw-2026",
                                "买家" + i,
                                Role.CONSUMER))
                        .actor());
            }

            // Warm-up, not measured: the JIT compiles the checkout and the conditional UPDATE first.
            // In two rounds, each ending in a sell-out: the first round's sell-out sends the
            // compiled checkout back to the interpreter (a branch it had never taken), and it is
            // compiled again during the second round instead of during the measured one.
            int warmUnits = args.length > 2 ? Integer.parseInt(args[2]) : Math.max(threads * 20, units);
            List<Long> warm = List.of(
                    sku(catalog, staff, "预热一 " + run, warmUnits / 2),
                    sku(catalog, staff, "预热二 " + run, warmUnits - warmUnits / 2));
            long warmRaw = sku(catalog, staff, "预热对照 " + run, warmUnits);
            if (args.length > 3 && "manjian".equals(args[3])) {
                List<Long> discounted = new ArrayList<>(warm);
                discounted.addAll(hot);
                manjian(context.getBean(org.techan.promotions.PromotionsApi.class), staff, run, discounted);
            }
            for (long round : warm) {
                run(threads, buyer -> checkouts(orders, buyers.get(buyer), "warm-" + round + "-" + buyer, round));
            }
            List<Connection> connections = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                connections.add(database.open());
            }
            run(threads, thread -> () -> decrement(connections.get(thread), warmRaw));
            System.out.printf("Warmed up with %,d checkouts and %,d updates (not measured)%n", warmUnits, warmUnits);

            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                long sold = hot.get(round);
                Measured checkouts =
                        run(threads, buyer -> checkouts(orders, buyers.get(buyer), "hot-" + sold + "-" + buyer, sold));
                soldExactly(database, sold, units, checkouts);
                long updated = raw.get(round);
                Measured updates = run(threads, thread -> () -> decrement(connections.get(thread), updated));
                ratios.add(checkouts.rate() / updates.rate());
                System.out.printf(
                        "Round %d: checkout (one unit each, %d threads) %,d in %.2f s = %,.0f checkouts/s,"
                                + " p50 %.1f ms, p99 %.1f ms; raw conditional UPDATE (autocommit) %,.0f updates/s,"
                                + " p50 %.1f ms, p99 %.1f ms; ratio %.2f%n",
                        round + 1,
                        threads,
                        checkouts.successes(),
                        checkouts.seconds(),
                        checkouts.rate(),
                        checkouts.percentile(50),
                        checkouts.percentile(99),
                        updates.rate(),
                        updates.percentile(50),
                        updates.percentile(99),
                        ratios.get(round));
            }
            for (Connection connection : connections) {
                connection.close();
            }
            List<Double> sorted = ratios.stream().sorted().toList();
            double median = sorted.get(sorted.size() / 2);
            System.out.printf(
                    "No oversell in any round: exactly %,d checkouts for %,d units each, none left, none below"
                            + " zero%n",
                    units, units);
            // The same checkouts without a shared row: each buyer has a SKU of its own. Equal rates
            // mean the hot row's lock is not what limits the checkout. Batches of many SKUs take
            // branches the hot rounds never took (set-wise decrements, a stock event per SKU), so
            // they warm up first, as the hot rounds do.
            int ownWarmUnits = Math.max(units, warmUnits / 2) / threads;
            List<Long> ownWarm = new ArrayList<>();
            List<Long> own = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                ownWarm.add(sku(catalog, staff, "独享预热 " + run + " " + i, ownWarmUnits));
                own.add(sku(catalog, staff, "独享 " + run + " " + i, units / threads));
            }
            run(threads, buyer -> checkouts(orders, buyers.get(buyer), "own-warm-" + buyer, ownWarm.get(buyer)));
            Measured spread =
                    run(threads, buyer -> checkouts(orders, buyers.get(buyer), "own-" + buyer, own.get(buyer)));
            System.out.printf(
                    "Checkout without a shared SKU (each thread its own SKU, %d threads, after %,d unmeasured):"
                            + " %,d in %.2f s = %,.0f checkouts/s; p50 %.1f ms, p99 %.1f ms%n",
                    threads,
                    ownWarmUnits * threads,
                    spread.successes(),
                    spread.seconds(),
                    spread.rate(),
                    spread.percentile(50),
                    spread.percentile(99));
            System.out.printf(
                    "Ratio hot-SKU checkout / raw UPDATE, median of %d rounds: %.2f (rounds: %s)%n",
                    ROUNDS,
                    median,
                    ratios.stream().map(r -> String.format("%.2f", r)).toList());
        }
    }

    /** Fails the benchmark unless the SKU's units were all sold, none twice and none left. */
    private static void soldExactly(Database database, long sku, int units, Measured checkouts) throws SQLException {
        int left = available(database, sku);
        if (checkouts.successes() != units || left != 0) {
            throw new IllegalStateException(
                    "Oversold or undersold: sold " + checkouts.successes() + " of " + units + ", left " + left);
        }
    }

    /** A buyer checking out one unit at a time until the SKU is sold out. */
    private static Attempt checkouts(OrdersApi orders, Actor buyer, String keys, long sku) {
        int[] attempt = {0};
        return () -> {
            try {
                orders.checkout(
                        buyer,
                        new PlaceOrderCommand(
                                keys + "-" + (++attempt[0]) + "-" + System.nanoTime(),
                                List.of(new CartLine(sku, 1)),
                                new DeliveryAddress("买家", "13800138000", "659001000000", "北京路 1 号")));
                return true;
            } catch (ConflictException soldOut) {
                return false;
            }
        };
    }

    /** One attempt; false once the stock is gone, which ends that thread. */
    interface Attempt {
        boolean attempt() throws Exception;
    }

    interface AttemptFactory {
        Attempt forThread(int thread);
    }

    record Measured(int successes, double seconds, double[] latenciesMs) {

        double rate() {
            return successes / seconds;
        }

        double percentile(int p) {
            if (latenciesMs.length == 0) {
                return 0;
            }
            double[] sorted = latenciesMs.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }
    }

    private static Measured run(int threads, AttemptFactory factory) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<List<Double>>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Attempt attempt = factory.forThread(t);
            workers.add(() -> {
                List<Double> latencies = new ArrayList<>();
                while (true) {
                    long started = System.nanoTime();
                    if (!attempt.attempt()) {
                        return latencies;
                    }
                    latencies.add((System.nanoTime() - started) / 1e6);
                }
            });
        }
        long started = System.nanoTime();
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> done : pool.invokeAll(workers)) {
            all.addAll(done.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Measured(
                all.size(),
                seconds,
                all.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Plain JDBC to the app's database: one connection per thread, as the app's pool gives its threads. */
    record Database(String url, String user, String password) {

        Connection open() throws SQLException {
            Connection connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(true);
            return connection;
        }
    }

    private static boolean decrement(Connection connection, long sku) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE catalog_sku SET available = available - 1, version = version + 1"
                        + " WHERE id = ? AND available >= 1")) {
            update.setLong(1, sku);
            return update.executeUpdate() == 1;
        }
    }

    private static int available(Database database, long sku) throws SQLException {
        try (Connection connection = database.open();
                PreparedStatement select =
                        connection.prepareStatement("SELECT available FROM catalog_sku WHERE id = ?")) {
            select.setLong(1, sku);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void printDurability(Database database) throws SQLException {
        try (Connection connection = database.open();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT VERSION(), @@innodb_flush_log_at_trx_commit, @@sync_binlog, @@innodb_doublewrite");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            System.out.printf(
                    "Database %s: innodb_flush_log_at_trx_commit=%s (1 = every commit flushed to disk),"
                            + " sync_binlog=%s, innodb_doublewrite=%s%n",
                    rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4));
        }
    }

    static Actor shop(CatalogApi catalog, String run) {
        addVillage(catalog);
        String slug = "bench-" + run;
        String first17 = "9365900"
                + String.format("%10s", run.toUpperCase()).replace(' ', '0').substring(0, 10);
        String licence = first17.replaceAll("[IOSVZ]", "0");
        catalog.applyForShop(new ApplyForShopCommand(
                slug,
                ShopKind.COOPERATIVE,
                "基准测试合作社 " + run,
                null,
                VILLAGE,
                "红枣",
                "测试",
                "13900000000",
                licence + BusinessLicenceNumber.checkCharacter(licence),
                null));
        catalog.changeShopStatus(OPERATOR, slug, ShopStatus.APPROVED);
        return catalog.addShopStaff(
                        OPERATOR, slug, new RegisterAccountCommand(slug + ".staff", "benchmark-pw-2026", "测试", null))
                .actor();
    }

    /** The benchmark village (基准测试村, under 石河子) and the regions above it; there already, kept. */
    static void addVillage(CatalogApi catalog) {
        for (String[] region : List.of(
                new String[] {"650000000000", "新疆维吾尔自治区"},
                new String[] {"659000000000", "自治区直辖县级行政区划"},
                new String[] {"659001000000", "石河子市"},
                new String[] {"659001100000", "石河子镇"},
                new String[] {VILLAGE, "基准测试村"})) {
            try {
                catalog.addRegion(OPERATOR, new AddRegionCommand(region[0], region[1], null));
            } catch (ConflictException exists) {
                // A data directory used before already has it.
            }
        }
    }

    /** A live 满5减0.50 campaign on these SKUs: each one-unit checkout of 9.90 reaches it. */
    private static void manjian(
            org.techan.promotions.PromotionsApi promotions, Actor staff, String run, List<Long> skus) {
        String festival = "bench-" + run;
        BenchmarkCampaigns.festivalRunningToday(promotions, festival);
        Map<Long, BenchmarkCampaigns.Enrolment> enrolled = new java.util.LinkedHashMap<>();
        skus.forEach(sku -> enrolled.put(sku, new BenchmarkCampaigns.Enrolment(staff, null)));
        BenchmarkCampaigns.live(
                promotions,
                festival,
                "秒杀满减 " + run,
                org.techan.promotions.CampaignRule.amountOff(
                        List.of(new org.techan.promotions.CampaignRule.Tier(
                                new BigDecimal("5.00"), new BigDecimal("0.50"))),
                        false,
                        false),
                enrolled);
        System.out.println("A live 满减 campaign (满5减0.50) covers the SKUs sold");
    }

    static long sku(CatalogApi catalog, Actor staff, String title, int units) {
        long product = catalog.createProduct(
                        staff,
                        new SaveProductCommand(
                                "dried-preserved-fruit",
                                title,
                                null,
                                title + "。",
                                null,
                                VILLAGE,
                                TemperatureClass.AMBIENT,
                                365,
                                List.of(9),
                                false,
                                List.of(new SkuCommand("1 斤", null, SaleUnit.JIN, 500, new BigDecimal("9.90")))))
                .id();
        long sku = catalog.product(staff, product).skus().get(0).id();
        catalog.receiveBatch(
                staff,
                new ReceiveBatchCommand(
                        sku,
                        units,
                        LocalDate.of(2026, 9, 1),
                        "基准测试地块",
                        null,
                        null,
                        null,
                        InspectionResult.NOT_INSPECTED,
                        null));
        catalog.publishProduct(staff, product);
        return sku;
    }
}
