package org.techan.storefront.tools;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.ProductQuery;
import org.techan.catalog.ProductView;
import org.techan.catalog.SaveProductCommand;
import org.techan.catalog.ShopView;
import org.techan.catalog.tools.SyntheticCatalog;
import org.techan.platform.Actor;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.search.RebuildProgress;
import org.techan.search.SearchApi;
import org.techan.search.SearchQuery;
import org.techan.search.SearchResult;
import org.techan.search.SearchSort;
import org.techan.storefront.startup.EmbeddedDefaults;

/**
 * The search benchmark: {@code java -cp techan-storefront.jar
 * org.techan.storefront.tools.SearchBenchmark [products] [queries/s] [seconds]} (defaults 100000,
 * 100, 60). Loads the demo marketplace and synthetic products up to the count, rebuilds the index
 * (indexing throughput), sends a filtered query with facets at a fixed rate (latency measured from
 * each query's scheduled start, so a slow engine cannot hide behind a slow sender), then edits
 * products one at a time and measures how long each takes to become searchable.
 */
public final class SearchBenchmark {

    private static final List<String> WORDS = List.of(
            "李干", "蜜饯", "茶油", "蜂蜜", "铁观音", "银耳", "香菇", "蜜桔", "大米", "小龙虾", "红茶", "核桃", "猕猴桃", "礼盒装", "野生", "有机",
            "yongtai", "honey", "tea", "ligan");
    private static final List<String> CATEGORIES = List.of(
            "tea", "fresh-fruit", "dried-preserved-fruit", "edible-fungi", "grains", "aquatic-products", "honey");
    private static final int EDITS = 100;

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        try (EmbeddedDefaults embedded = EmbeddedDefaults.startWhatIsNotConfigured(System.getenv());
                ApplicationContext context = ApplicationContext.builder()
                        .properties(embedded.properties())
                        // The engine is measured, not answers kept in memory (RecentResults).
                        .properties(Map.of("techan.demo-data.enabled", true, "techan.search.results-ttl", "0s"))
                        .start()) {
            CatalogApi catalog = context.getBean(CatalogApi.class);
            SearchApi search = context.getBean(SearchApi.class);
            awaitDemoData(catalog);
            long present =
                    catalog.publishedProducts(ProductQuery.everything(), 0, 1).total();
            if (present < products) {
                long started = System.nanoTime();
                int made = context.getBean(SyntheticCatalog.class)
                        .generate(new Actor(0, Role.OPERATOR), null, (int) (products - present), 2026L);
                System.out.printf("Generated %,d synthetic products in %.1f s%n", made, secondsSince(started));
            }
            awaitNoRebuild(search);
            long started = System.nanoTime();
            RebuildProgress rebuilt = search.rebuild(done -> {
                if (done % 20_000 < 100) {
                    System.out.printf("  %,d indexed%n", done);
                }
            });
            double took = secondsSince(started);
            System.out.printf(
                    "Indexing: %,d products in %.1f s = %,.0f products/s (full rebuild into %s)%n",
                    rebuilt.done(), took, rebuilt.done() / took, rebuilt.liveIndex());

            System.out.printf("Warming up for 10 s at %d queries/s …%n", rate);
            runAtFixedRate(search, rate, 10);
            long[] latencies = runAtFixedRate(search, rate, seconds);
            System.out.printf(
                    "Queries (filtered, with facets) at %d/s for %d s: %,d sent, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    rate,
                    seconds,
                    latencies.length,
                    millis(latencies, 0.50),
                    millis(latencies, 0.99),
                    millis(latencies, 1.0));

            long[] freshness = measureFreshness(catalog, search);
            System.out.printf(
                    "Edit to searchable (%d edits, one at a time): p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    freshness.length, millis(freshness, 0.50), millis(freshness, 0.99), millis(freshness, 1.0));
        }
    }

    /** Latencies in nanoseconds, each measured from the moment its query was due. */
    private static long[] runAtFixedRate(SearchApi search, int rate, int seconds) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(32);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        int total = rate * seconds;
        Random random = new Random(7);
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            SearchQuery query = query(random);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            workers.execute(() -> {
                SearchResult result = search.search(query);
                if (result.fallback()) {
                    failures.incrementAndGet();
                }
                latencies.add(System.nanoTime() - due);
            });
        }
        workers.shutdown();
        workers.awaitTermination(2, TimeUnit.MINUTES);
        if (failures.get() > 0) {
            System.out.printf("  %d queries fell back to the catalog (engine unreachable)%n", failures.get());
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    /** A word, a category, in stock only, two price bands' worth of range: what a shopper narrows to. */
    private static SearchQuery query(Random random) {
        return new SearchQuery(
                WORDS.get(random.nextInt(WORDS.size())),
                CATEGORIES.get(random.nextInt(CATEGORIES.size())),
                null,
                Set.of(),
                Set.of(),
                null,
                null,
                random.nextBoolean() ? new java.math.BigDecimal("200") : null,
                true,
                false,
                false,
                false,
                null,
                SearchSort.RELEVANCE,
                random.nextInt(3),
                20,
                null);
    }

    /** Renames demo products one at a time and polls until each new title is found. */
    private static long[] measureFreshness(CatalogApi catalog, SearchApi search) throws InterruptedException {
        Actor operator = new Actor(0, Role.OPERATOR);
        ShopView shop = catalog.shop("songkou-ligan");
        String login = "benchmark." + Long.toString(System.currentTimeMillis(), 36);
        Actor staff = catalog.addShopStaff(
                        operator, shop.slug(), new RegisterAccountCommand(login, "benchmark-2026-pw", "基准测试", null))
                .actor();
        List<ProductView> own = catalog.ownProducts(staff, 0, 20).items();
        long[] latencies = new long[EDITS];
        for (int i = 0; i < EDITS; i++) {
            ProductView product = own.get(i % own.size());
            String marker = Long.toString(System.nanoTime() % 1_000_000_000L);
            String title = "永泰李干 " + marker;
            catalog.reviseProduct(staff, product.id(), revised(product, title));
            long saved = System.nanoTime();
            long deadline = saved + Duration.ofSeconds(30).toNanos();
            while (!found(search, title, product.id()) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(10);
            }
            latencies[i] = System.nanoTime() - saved;
            TimeUnit.MILLISECONDS.sleep(50);
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private static boolean found(SearchApi search, String title, long productId) {
        return search.search(SearchQuery.text(title)).items().stream()
                .anyMatch(hit -> hit.id() == productId && hit.titleZh().equals(title));
    }

    private static SaveProductCommand revised(ProductView p, String title) {
        return new SaveProductCommand(
                p.categorySlug(),
                title,
                p.titleEn(),
                p.descriptionZh(),
                p.descriptionEn(),
                p.originCode(),
                p.temperature(),
                p.shelfLifeDays(),
                p.harvestMonths(),
                p.povertyRelief(),
                null);
    }

    private static void awaitDemoData(CatalogApi catalog) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (catalog.pavilions().size() < 8 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(500);
        }
        // The loader adds products after the pavilions; give it time to finish.
        long before = -1;
        long now = catalog.publishedProducts(ProductQuery.everything(), 0, 1).total();
        while (now != before && System.nanoTime() < deadline) {
            TimeUnit.SECONDS.sleep(2);
            before = now;
            now = catalog.publishedProducts(ProductQuery.everything(), 0, 1).total();
        }
    }

    private static void awaitNoRebuild(SearchApi search) throws InterruptedException {
        while (search.rebuildProgress().state() == org.techan.search.RebuildState.RUNNING) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private static double millis(long[] sortedNanos, double quantile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(quantile * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    private static double secondsSince(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
