package org.techan.storefront.tools;

import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techan.catalog.CatalogApi;
import org.techan.orders.CartHolder;
import org.techan.orders.CartView;
import org.techan.orders.Funder;
import org.techan.orders.OrdersApi;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.MarketCalendar;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.promotions.CampaignRule;
import org.techan.promotions.CouponKind;
import org.techan.promotions.CreateCouponCommand;
import org.techan.promotions.PromotionsApi;
import org.techan.storefront.startup.EmbeddedDefaults;

/**
 * The pricing benchmark: {@code java -cp techan-storefront.jar
 * org.techan.storefront.tools.PricingBenchmark [runs]} (default 5,000). Five shops of ten SKUs, a
 * festival with 20 live campaigns over them (8 直降, 2 折扣, a 满减 ladder per shop, a 满件折, a
 * 跨店 满减, a 包邮), a shopper holding 10 claimed coupons (one per shop, five of the platform's)
 * and a 50-line cart across the five shops; then prices that cart as the cart page does
 * ({@code OrdersApi.cart}: the cart's rows read, every pricing step run, the best coupons chosen),
 * {@code runs} times after as many unmeasured, and prints p50, p90, p99 and max.
 */
public final class PricingBenchmark {

    private static final int SHOPS = 5;
    private static final int SKUS_PER_SHOP = 10;

    private PricingBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        try (EmbeddedDefaults embedded = EmbeddedDefaults.startWhatIsNotConfigured(System.getenv());
                ApplicationContext context = ApplicationContext.builder()
                        .properties(embedded.properties())
                        .properties(Map.of("techan.demo-data.enabled", false))
                        .start()) {
            CatalogApi catalog = context.getBean(CatalogApi.class);
            OrdersApi orders = context.getBean(OrdersApi.class);
            PromotionsApi promotions = context.getBean(PromotionsApi.class);
            String run = Long.toString(System.currentTimeMillis(), 36);
            long started = System.nanoTime();
            List<Actor> staff = new ArrayList<>();
            List<List<Long>> skus = new ArrayList<>();
            for (int s = 0; s < SHOPS; s++) {
                Actor shopStaff = CheckoutBenchmark.shop(catalog, run + s);
                staff.add(shopStaff);
                List<Long> shopSkus = new ArrayList<>();
                for (int k = 0; k < SKUS_PER_SHOP; k++) {
                    shopSkus.add(CheckoutBenchmark.sku(catalog, shopStaff, "定价 " + run + " " + s + "-" + k, 10_000));
                }
                skus.add(shopSkus);
            }
            int campaigns = campaigns(promotions, "pricing-" + run, staff, skus);
            Actor shopper = context.getBean(Accounts.class)
                    .register(new RegisterAccountCommand(
                            "pricing-" + run + "@techan.local", "benchmark-pw-2026", "定价买家", Role.CONSUMER))
                    .actor();
            int coupons = coupons(promotions, staff, shopper, run);
            CartHolder holder = CartHolder.of(shopper);
            for (int s = 0; s < SHOPS; s++) {
                for (int k = 0; k < SKUS_PER_SHOP; k++) {
                    orders.addToCart(holder, skus.get(s).get(k), 1 + (s + k) % 3);
                }
            }
            CartView cart = orders.cart(holder);
            System.out.printf(
                    "%d shops, %d SKUs, %d live campaigns, %d claimed coupons made in %.0f s; the cart: %d lines,"
                            + " goods ¥%s after ¥%s of discounts%n",
                    SHOPS,
                    SHOPS * SKUS_PER_SHOP,
                    campaigns,
                    coupons,
                    (System.nanoTime() - started) / 1e9,
                    cart.shops().stream().mapToInt(shop -> shop.lines().size()).sum(),
                    cart.goodsTotal(),
                    cart.saved());
            for (int i = 0; i < runs; i++) {
                orders.cart(holder);
            }
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                orders.cart(holder);
                nanos[i] = System.nanoTime() - start;
            }
            print("Price the 50-line cart as the cart page does (OrdersApi.cart: its rows read, then priced)", nanos);
            // The pipeline alone: the same lines at their list prices, the best of the wallet's coupons.
            List<org.techan.orders.PricingRequest.Item> items = new ArrayList<>();
            cart.shops().forEach(shop -> shop.lines()
                    .forEach(line -> items.add(new org.techan.orders.PricingRequest.Item(
                            line.skuId(),
                            line.productId(),
                            shop.shopSlug(),
                            new BigDecimal("9.90"),
                            line.quantity()))));
            org.techan.orders.PricingRequest request = new org.techan.orders.PricingRequest(shopper, items);
            @SuppressWarnings("unchecked")
            io.micronaut.data.connection.ConnectionOperations<java.sql.Connection> connections =
                    context.getBean(io.micronaut.data.connection.ConnectionOperations.class);
            for (int i = 0; i < runs; i++) {
                connections.executeRead(status -> orders.quoteGoods(request));
            }
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                connections.executeRead(status -> orders.quoteGoods(request));
                nanos[i] = System.nanoTime() - start;
            }
            print(
                    "Price the same 50 lines through the pipeline alone (OrdersApi.quoteGoods on a connection of its own)",
                    nanos);
        }
    }

    private static void print(String what, long[] nanos) {
        Arrays.sort(nanos);
        int runs = nanos.length;
        System.out.printf(
                "%s, %,d runs after as many unmeasured: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                what,
                runs,
                nanos[runs / 2] / 1e6,
                nanos[runs * 9 / 10] / 1e6,
                nanos[runs * 99 / 100] / 1e6,
                nanos[runs - 1] / 1e6);
    }

    /** Twenty live campaigns over the shops' SKUs; answers how many. */
    private static int campaigns(PromotionsApi promotions, String festival, List<Actor> staff, List<List<Long>> skus) {
        BenchmarkCampaigns.festivalRunningToday(promotions, festival);
        int made = 0;
        // 8 直降 and 2 折扣, three SKUs each, none twice.
        for (int c = 0; c < 10; c++) {
            Map<Long, BenchmarkCampaigns.Enrolment> enrolled = new LinkedHashMap<>();
            for (int k = 0; k < 3; k++) {
                int slot = c * 3 + k;
                int shop = slot % SHOPS;
                enrolled.put(
                        skus.get(shop).get(slot / SHOPS),
                        new BenchmarkCampaigns.Enrolment(staff.get(shop), c < 8 ? new BigDecimal("8.90") : null));
            }
            BenchmarkCampaigns.live(
                    promotions,
                    festival,
                    (c < 8 ? "直降 " : "折扣 ") + c,
                    c < 8 ? CampaignRule.priceCut() : CampaignRule.percentOff(90),
                    enrolled);
            made++;
        }
        // A 满减 ladder per shop, over all its SKUs.
        for (int s = 0; s < SHOPS; s++) {
            BenchmarkCampaigns.live(
                    promotions,
                    festival,
                    "满减 " + s,
                    CampaignRule.amountOff(List.of(tier("50", "5"), tier("100", "12")), false, false),
                    everySku(staff, skus, s, s + 1));
            made++;
        }
        BenchmarkCampaigns.live(
                promotions, festival, "满件折", CampaignRule.piecesPercentOff(3, 95, false), everySku(staff, skus, 0, 2));
        BenchmarkCampaigns.live(
                promotions,
                festival,
                "跨店满减",
                CampaignRule.amountOff(List.of(tier("300", "20")), false, true),
                everySku(staff, skus, 0, SHOPS));
        BenchmarkCampaigns.live(
                promotions,
                festival,
                "包邮",
                CampaignRule.freeDelivery(new BigDecimal("39.00")),
                everySku(staff, skus, 2, SHOPS));
        made += 3;
        // Two more 满减 ladders, so that 20 run at once.
        for (int s = 3; s < SHOPS; s++) {
            BenchmarkCampaigns.live(
                    promotions,
                    festival,
                    "每满减 " + s,
                    CampaignRule.amountOff(List.of(tier("30", "2")), true, false),
                    everySku(staff, skus, s, s + 1));
            made++;
        }
        return made;
    }

    private static Map<Long, BenchmarkCampaigns.Enrolment> everySku(
            List<Actor> staff, List<List<Long>> skus, int fromShop, int toShop) {
        Map<Long, BenchmarkCampaigns.Enrolment> enrolled = new LinkedHashMap<>();
        for (int s = fromShop; s < toShop; s++) {
            for (long sku : skus.get(s)) {
                enrolled.put(sku, new BenchmarkCampaigns.Enrolment(staff.get(s), null));
            }
        }
        return enrolled;
    }

    /** One coupon per shop and five of the platform's, each claimed by the shopper; answers how many. */
    private static int coupons(PromotionsApi promotions, List<Actor> staff, Actor shopper, String run) {
        LocalDate today = MarketCalendar.today(Clock.systemUTC());
        List<Actor> issuers = new ArrayList<>(staff);
        for (int i = 0; i < 5; i++) {
            issuers.add(BenchmarkCampaigns.OPERATOR);
        }
        int claimed = 0;
        for (int i = 0; i < issuers.size(); i++) {
            boolean percent = i % 2 == 1;
            var coupon = promotions.issueCoupon(
                    issuers.get(i),
                    new CreateCouponCommand(
                            "券 " + run + " " + i,
                            null,
                            percent ? CouponKind.PERCENT : CouponKind.FIXED,
                            percent ? null : new BigDecimal(3 + i),
                            percent ? 95 : null,
                            percent ? new BigDecimal("8.00") : null,
                            new BigDecimal(20 + 10 * i),
                            today,
                            today.plusDays(30),
                            today,
                            today.plusDays(30),
                            null,
                            1,
                            100,
                            null,
                            null,
                            i < staff.size() ? null : Funder.PLATFORM));
            promotions.claimCoupon(shopper, coupon.id());
            claimed++;
        }
        return claimed;
    }

    private static CampaignRule.Tier tier(String threshold, String off) {
        return new CampaignRule.Tier(new BigDecimal(threshold), new BigDecimal(off));
    }
}
