package org.techan.storefront.tools;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.techan.catalog.SkuOnSale;
import org.techan.catalog.StockPort;
import org.techan.catalog.TemperatureClass;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.MarketCalendar;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.platform.SignUpCommand;
import org.techan.storefront.startup.EmbeddedDefaults;
import org.techan.wholesale.ApplyOrganisationCommand;
import org.techan.wholesale.CreditCode;
import org.techan.wholesale.Grade;
import org.techan.wholesale.OfferCommand;
import org.techan.wholesale.OrganisationKind;
import org.techan.wholesale.OrganisationView;
import org.techan.wholesale.PackKind;
import org.techan.wholesale.PriceTier;
import org.techan.wholesale.WholesaleApi;

/**
 * The bulk-order benchmark, over HTTP as a buyer's client meets it: {@code java -cp
 * techan-storefront.jar org.techan.storefront.tools.QuickOrderBenchmark [placements] [checks]}
 * (defaults 20 and 30). Starts the marketplace on its embedded defaults without demo data, makes
 * 50 producing bases with 100 wholesale SKUs each and a verified canteen, signs its buyer in
 * through {@code /api/v1/sessions}, then times
 *
 * <ol>
 *   <li>{@code POST /api/v1/wholesale/orders} with a 5,000-line file across the 50 shops: checked,
 *       priced, placed (50 orders, 5,000 lines, the stock held), one after another;
 *   <li>{@code POST /api/v1/wholesale/quick-order-checks} with a 5,000-line file of which 500 lines
 *       are bad (below the minimum, off the steps, unknown SKUs, unreadable), each answer checked to
 *       list all 500.
 * </ol>
 *
 * Three of each run first to warm up, not reported. Afterwards every SKU must have lost exactly
 * what the placements held, or the run fails.
 */
public final class QuickOrderBenchmark {

    private static final Actor OPERATOR = new Actor(0, Role.OPERATOR);
    private static final int SHOPS = 50;
    private static final int SKUS_PER_SHOP = 100;
    private static final int PACKS = 10;
    private static final int STOCK = 1_000;
    private static final int WARM_UP = 3;
    private static final Pattern PROBLEM = Pattern.compile("\"problem\":");
    private static final Pattern ORDER = Pattern.compile("\"shopSlug\":");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI site;
    private String session;
    private String csrf;

    private QuickOrderBenchmark(URI site) {
        this.site = site;
    }

    public static void main(String[] args) throws Exception {
        int placements = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int checks = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        if ((placements + WARM_UP) * PACKS > STOCK) {
            throw new IllegalArgumentException("At most " + (STOCK / PACKS - WARM_UP) + " placements");
        }
        try (EmbeddedDefaults embedded = EmbeddedDefaults.startWhatIsNotConfigured(System.getenv());
                ApplicationContext context = ApplicationContext.builder()
                        .properties(embedded.properties())
                        // One buyer places again and again without paying: the hoarding limit would stop it.
                        .properties(Map.of(
                                "techan.demo-data.enabled",
                                false,
                                "techan.checkout.max-unpaid",
                                Integer.MAX_VALUE,
                                "micronaut.server.port",
                                -1))
                        .start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
            long started = System.nanoTime();
            List<Long> skus = bases(context, run);
            String login = canteen(context, run);
            System.out.printf(
                    "%,d wholesale SKUs in %d shops and a verified canteen made in %.0f s%n",
                    skus.size(), SHOPS, (System.nanoTime() - started) / 1e9);

            QuickOrderBenchmark benchmark = new QuickOrderBenchmark(server.getURI());
            benchmark.signIn(login);
            String clean = file(skus, 0);
            String withBadLines = file(skus, 500);

            for (int i = 0; i < WARM_UP; i++) {
                benchmark.place(run + "-warm-" + i, clean);
                benchmark.check(withBadLines);
            }
            List<Double> placed = new ArrayList<>();
            for (int i = 0; i < placements; i++) {
                placed.add(benchmark.place(run + "-" + i, clean));
            }
            report("Place a 5,000-line file across 50 shops (POST /api/v1/wholesale/orders)", placed);
            List<Double> checked = new ArrayList<>();
            for (int i = 0; i < checks; i++) {
                checked.add(benchmark.check(withBadLines));
            }
            report("Check a 5,000-line file with 500 bad lines (POST /api/v1/wholesale/quick-order-checks)", checked);
            verifyStock(context.getBean(StockPort.class), skus, (placements + WARM_UP) * PACKS);
        }
    }

    /** 50 approved shops, each with 100 SKUs (five products of 20) in stock and on wholesale offer. */
    private static List<Long> bases(ApplicationContext context, String run) {
        CatalogApi catalog = context.getBean(CatalogApi.class);
        WholesaleApi wholesale = context.getBean(WholesaleApi.class);
        CheckoutBenchmark.addVillage(catalog);
        LocalDate harvested = MarketCalendar.today(java.time.Clock.systemUTC()).minusDays(10);
        List<Long> skus = new ArrayList<>();
        for (int shop = 0; shop < SHOPS; shop++) {
            Actor staff = shop(catalog, run, shop);
            for (int product = 0; product < SKUS_PER_SHOP / 20; product++) {
                List<SkuCommand> shapes = new ArrayList<>();
                for (int sku = 0; sku < 20; sku++) {
                    shapes.add(new SkuCommand("规格 " + sku, null, SaleUnit.BOX, 5000, new BigDecimal("60.00")));
                }
                String title = "批发基准 " + run + " " + shop + "-" + product;
                long id = catalog.createProduct(
                                staff,
                                new SaveProductCommand(
                                        "dried-preserved-fruit",
                                        title,
                                        null,
                                        title + "。",
                                        null,
                                        CheckoutBenchmark.VILLAGE,
                                        TemperatureClass.AMBIENT,
                                        365,
                                        List.of(9),
                                        false,
                                        shapes))
                        .id();
                List<Long> made = catalog.product(staff, id).skus().stream()
                        .map(sku -> sku.id())
                        .toList();
                for (long sku : made) {
                    catalog.receiveBatch(
                            staff,
                            new ReceiveBatchCommand(
                                    sku,
                                    STOCK,
                                    harvested,
                                    "基准测试地块",
                                    null,
                                    null,
                                    null,
                                    InspectionResult.NOT_INSPECTED,
                                    null));
                }
                // Offered once on sale: wholesale offers only SKUs shoppers can buy.
                catalog.publishProduct(staff, id);
                for (long sku : made) {
                    wholesale.saveOffer(
                            staff,
                            new OfferCommand(
                                    sku,
                                    PackKind.BOX,
                                    5000,
                                    PACKS,
                                    PACKS,
                                    null,
                                    List.of(
                                            new PriceTier(PACKS, new BigDecimal("50.00")),
                                            new PriceTier(5 * PACKS, new BigDecimal("45.00"))),
                                    Grade.FIRST,
                                    null,
                                    null,
                                    null));
                    skus.add(sku);
                }
            }
        }
        return skus;
    }

    private static Actor shop(CatalogApi catalog, String run, int number) {
        String slug = "bulk-" + run + "-" + number;
        String first17 =
                "9365900" + String.format("%10s", (run + number).toUpperCase()).replace(' ', '0');
        String licence = first17.substring(0, 17).replaceAll("[IOSVZ]", "0");
        catalog.applyForShop(new ApplyForShopCommand(
                slug,
                ShopKind.COOPERATIVE,
                "批发基准合作社 " + run + " " + number,
                null,
                CheckoutBenchmark.VILLAGE,
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

    /** A verified canteen; answers its contact's login, who buys, approves and administers. */
    private static String canteen(ApplicationContext context, String run) {
        WholesaleApi wholesale = context.getBean(WholesaleApi.class);
        Accounts accounts = context.getBean(Accounts.class);
        String first17 = "9165900" + String.format("%10s", run.toUpperCase()).replace(' ', '0');
        String code = first17.substring(0, 17).replaceAll("[IOSVZ]", "0");
        String login = "bulk-" + run + "@techan.local";
        OrganisationView applied = wholesale.apply(
                new ApplyOrganisationCommand(
                        "基准测试食堂 " + run,
                        code + CreditCode.checkCharacter(code),
                        OrganisationKind.CANTEEN,
                        CheckoutBenchmark.VILLAGE.substring(0, 6),
                        "基准路 1 号",
                        new SignUpCommand(
                                login,
                                "benchmark-pw-2026",
                                "基准采购",
                                true,
                                accounts.legalTerms().version())),
                "benchmark");
        wholesale.attachLicence(
                new org.techan.platform.Actor(
                        applied.members().get(0).accountId(), org.techan.platform.Role.WHOLESALE_BUYER),
                org.techan.storefront.demo.DemoLicence.scan(applied.creditCode()));
        wholesale.review(OPERATOR, applied.id(), true, null);
        return login;
    }

    /**
     * The first 5,000 - {@code bad} SKUs at 10 packs each, then {@code bad} lines that cannot be
     * ordered, each of its own kind in turn, on SKUs not listed before (a SKU listed twice is merged).
     */
    private static String file(List<Long> skus, int bad) {
        StringBuilder file = new StringBuilder("sku,quantity\n");
        int good = skus.size() - bad;
        for (int i = 0; i < good; i++) {
            file.append(skus.get(i)).append(',').append(PACKS).append('\n');
        }
        for (int i = 0; i < bad; i++) {
            long sku = skus.get(good + i);
            switch (i % 4) {
                case 0 -> file.append(sku).append(",5\n"); // below the minimum
                case 1 -> file.append(sku).append(",15\n"); // off the steps
                case 2 -> file.append(900_000_000_000L + i).append(",10\n"); // no such SKU
                default -> file.append("三箱,").append(sku).append('\n'); // unreadable
            }
        }
        return file.toString();
    }

    private void signIn(String login) throws IOException, InterruptedException {
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(site.resolve("/api/v1/sessions"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"login\": \"" + login + "\", \"password\": \"benchmark-pw-2026\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(signedIn.body());
        if (signedIn.statusCode() / 100 != 2 || !token.find()) {
            throw new IllegalStateException("Sign-in failed: " + signedIn.statusCode() + " " + signedIn.body());
        }
        csrf = token.group(1);
        session = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("techan_session="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElseThrow();
    }

    /** Places the file; the time to the full answer in ms, which must name 50 orders. */
    private double place(String key, String file) throws IOException, InterruptedException {
        String deliverOn =
                MarketCalendar.today(java.time.Clock.systemUTC()).plusDays(3).toString();
        String body = "{\"requestKey\": \"" + key + "\", \"text\": \"" + file.replace("\n", "\\n")
                + "\", \"purchaseOrder\": \"BENCH-" + key + "\", \"deliverOn\": \"" + deliverOn
                + "\", \"recipient\": \"基准收货人\", \"phone\": \"13900000000\"}";
        long started = System.nanoTime();
        HttpResponse<String> answer = http.send(
                request("/api/v1/wholesale/orders", "application/json", body), HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - started) / 1e6;
        long orders = ORDER.matcher(answer.body()).results().count();
        if (answer.statusCode() != 201 || orders < SHOPS) {
            throw new IllegalStateException("Placing failed: " + answer.statusCode() + " "
                    + answer.body().substring(0, Math.min(500, answer.body().length())));
        }
        return ms;
    }

    /** Checks the file; the time to the full answer in ms, which must list every bad line. */
    private double check(String file) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> answer = http.send(
                request("/api/v1/wholesale/quick-order-checks", "text/csv", file),
                HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - started) / 1e6;
        long problems = PROBLEM.matcher(answer.body()).results().count();
        if (answer.statusCode() != 200 || problems != 500) {
            throw new IllegalStateException("Checking failed: " + answer.statusCode() + ", " + problems + " problems");
        }
        return ms;
    }

    private HttpRequest request(String path, String type, String body) {
        return HttpRequest.newBuilder(site.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", type + "; charset=utf-8")
                .header("Accept", "application/json")
                .header("Cookie", session)
                .header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private static void verifyStock(StockPort stock, List<Long> skus, int held) {
        for (SkuOnSale sku : stock.skusForSale(skus)) {
            if (sku.available() != STOCK - held) {
                throw new IllegalStateException(
                        "SKU " + sku.skuId() + " has " + sku.available() + " left, not " + (STOCK - held));
            }
        }
        System.out.printf("Stock held exactly: every SKU of %,d lost %d packs%n", skus.size(), held);
    }

    private static void report(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        sorted.sort(Double::compare);
        System.out.printf(
                "%s: %d runs, p50 %.0f ms, p90 %.0f ms, max %.0f ms%n",
                what, sorted.size(), percentile(sorted, 50), percentile(sorted, 90), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
