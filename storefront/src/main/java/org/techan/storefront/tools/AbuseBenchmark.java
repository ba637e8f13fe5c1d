package org.techan.storefront.tools;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.ProductQuery;
import org.techan.storefront.startup.EmbeddedDefaults;

/**
 * What abuse and outages cost a shopper, over HTTP as a browser meets them: {@code java -cp
 * techan-storefront.jar org.techan.storefront.tools.AbuseBenchmark [seconds] [attackers]}
 * (defaults 30 and 30). Starts the marketplace on its embedded defaults with the demo data, then
 * measures one shopper browsing (home, search, a product page; one request after another):
 *
 * <ol>
 *   <li>alone, as the baseline;
 *   <li>while {@code attackers} clients send junk sign-ins as fast as they are answered, each from a
 *       new address (X-Forwarded-For is trusted here), so the per-address back-off never stops
 *       them and every one costs a bcrypt check: the worst case for the server;
 *   <li>with the search node hung (the embedded node's process stopped with SIGSTOP, not killed):
 *       searches and {@code /health} timed until the node is resumed.
 * </ol>
 */
public final class AbuseBenchmark {

    private static final String SEARCH_NODE_CLASS = "org.techan.searchnode.SearchNodeMain";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI site;
    private final List<String> pages;

    private AbuseBenchmark(URI site, List<String> pages) {
        this.site = site;
        this.pages = pages;
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int attackers = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        try (EmbeddedDefaults embedded = EmbeddedDefaults.startWhatIsNotConfigured(System.getenv());
                ApplicationContext context = ApplicationContext.builder()
                        .properties(embedded.properties())
                        .properties(Map.of(
                                "techan.demo-data.enabled",
                                true,
                                "micronaut.server.port",
                                -1,
                                // Every junk sign-in seems to come from a new address: the worst case.
                                "micronaut.server.client-address-header",
                                "X-Forwarded-For"))
                        .start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            CatalogApi catalog = context.getBean(CatalogApi.class);
            long products = awaitDemo(catalog);
            long product = catalog.publishedProducts(ProductQuery.everything(), 0, 1)
                    .items()
                    .get(0)
                    .id();
            AbuseBenchmark benchmark = new AbuseBenchmark(
                    server.getURI(),
                    List.of(
                            "/",
                            "/search?q=" + URLEncoder.encode("永泰李干", StandardCharsets.UTF_8),
                            "/products/" + product));
            System.out.printf("Marketplace at %s with %,d demo products%n", server.getURI(), products);

            benchmark.browse(Duration.ofSeconds(5)); // warm-up, not reported
            report("Browsing alone", benchmark.browse(Duration.ofSeconds(seconds)));
            benchmark.underJunkSignIns(seconds, attackers);
            benchmark.withSearchNodeHung(seconds);
        }
    }

    private static long awaitDemo(CatalogApi catalog) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (catalog.pavilions().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        // The loader writes everything in one transaction; give the index a moment to catch up.
        Thread.sleep(5_000);
        return catalog.publishedProducts(ProductQuery.everything(), 0, 1).total();
    }

    /** One shopper: the pages in turn, one request at a time, for the duration. */
    private Latencies browse(Duration duration) throws IOException, InterruptedException {
        Latencies latencies = new Latencies();
        long end = System.nanoTime() + duration.toNanos();
        for (int i = 0; System.nanoTime() < end; i++) {
            latencies.add(timed(get(pages.get(i % pages.size()))));
        }
        return latencies;
    }

    private void underJunkSignIns(int seconds, int attackers) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(attackers);
        Latencies signIns = new Latencies();
        for (int i = 0; i < attackers; i++) {
            pool.submit(() -> {
                while (running.get()) {
                    try {
                        long started = System.nanoTime();
                        int status = http.send(junkSignIn(), HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        signIns.add((System.nanoTime() - started) / 1e6);
                        answers.computeIfAbsent(status, s -> new AtomicInteger())
                                .incrementAndGet();
                    } catch (IOException e) {
                        answers.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        Thread.sleep(2_000); // let the attack reach its pace
        Latencies browsing = browse(Duration.ofSeconds(seconds));
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        report("Browsing during " + attackers + " clients' junk sign-ins", browsing);
        System.out.printf(
                "  junk sign-ins answered: %,d (%.0f/s), answers by status %s; sign-in p50 %.0f ms, p99 %.0f ms%n",
                signIns.count(),
                signIns.count() / (seconds + 2.0),
                answers,
                signIns.percentile(50),
                signIns.percentile(99));
    }

    private void withSearchNodeHung(int seconds) throws Exception {
        Optional<ProcessHandle> node = ProcessHandle.current()
                .descendants()
                .filter(p -> p.info()
                        .arguments()
                        .map(a -> String.join(" ", a).contains(SEARCH_NODE_CLASS))
                        .orElse(false))
                .findFirst();
        if (node.isEmpty()) {
            System.out.println("Search node hung: skipped (no embedded search node; ELASTICSEARCH_URL is set)");
            return;
        }
        long pid = node.get().pid();
        signal("-STOP", pid);
        try {
            Latencies searches = new Latencies();
            Latencies health = new Latencies();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            String lastHealth = "";
            for (int i = 0; System.nanoTime() < end; i++) {
                searches.add(timed(
                        get("/api/v1/search?q=" + URLEncoder.encode(i % 2 == 0 ? "李干" : "茶", StandardCharsets.UTF_8))));
                if (i % 10 == 0) {
                    long started = System.nanoTime();
                    lastHealth = http.send(get("/health"), HttpResponse.BodyHandlers.ofString())
                            .body();
                    health.add((System.nanoTime() - started) / 1e6);
                }
            }
            report("Searches with the search node hung (SIGSTOP, pid " + pid + ")", searches);
            report("/health with the search node hung", health);
            System.out.println("  last /health answer: " + lastHealth);
        } finally {
            signal("-CONT", pid);
        }
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", signal, Long.toString(pid))
                .inheritIO()
                .start()
                .waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill " + signal + " " + pid + " failed with " + exit);
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(site.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", path.startsWith("/api/") || path.equals("/health") ? "application/json" : "text/html")
                .GET()
                .build();
    }

    private HttpRequest junkSignIn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
        String body = "{\"login\": \"guess" + random.nextInt(1_000_000) + "@example.cn\", \"password\": \"wrong-"
                + random.nextLong() + "\"}";
        return HttpRequest.newBuilder(site.resolve("/api/v1/sessions"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** The request's time to a full answer, in ms; a non-2xx answer ends the run, as it would a shopper's. */
    private double timed(HttpRequest request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - started) / 1e6;
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return ms;
    }

    private static void report(String what, Latencies latencies) {
        System.out.printf(
                "%s: %,d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                what, latencies.count(), latencies.percentile(50), latencies.percentile(99), latencies.percentile(100));
    }

    /** Latencies in ms, from any thread. */
    private static final class Latencies {

        private final List<Double> values = new ArrayList<>();

        synchronized void add(double ms) {
            values.add(ms);
        }

        synchronized int count() {
            return values.size();
        }

        synchronized double percentile(int p) {
            if (values.isEmpty()) {
                return 0;
            }
            List<Double> sorted = new ArrayList<>(values);
            sorted.sort(Double::compare);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
        }
    }
}
