package org.techan.wholesale.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.techan.catalog.SkuOnSale;
import org.techan.catalog.StockPort;
import org.techan.orders.OrdersApi;
import org.techan.orders.PriceQuote;
import org.techan.orders.PricingRequest;
import org.techan.platform.Actor;
import org.techan.platform.NotAllowedException;
import org.techan.wholesale.DraftLine;
import org.techan.wholesale.Grade;
import org.techan.wholesale.OfferView;
import org.techan.wholesale.QuickOrderDraft;
import org.techan.wholesale.RowProblem;
import org.techan.wholesale.ShopDraft;

/**
 * Checks a quick-order file line by line: each line names a SKU on wholesale offer in a quantity
 * the offer sells and stock covers; a SKU listed twice is one line of the summed packs. What can be
 * ordered is priced through orders' pipeline (the tiers a quantity reaches) and split by shop; what
 * cannot is a row problem naming the file's line. Reads in a few statements whatever the file's
 * length: offers, SKUs and prices for all lines at once.
 */
@Singleton
class QuickOrders {

    private final Organisations organisations;
    private final Offers offers;
    private final StockPort stock;
    private final OrdersApi orders;

    private final FreightBands freightBands;

    QuickOrders(
            Organisations organisations, Offers offers, StockPort stock, OrdersApi orders, FreightBands freightBands) {
        this.freightBands = freightBands;
        this.organisations = organisations;
        this.offers = offers;
        this.stock = stock;
        this.orders = orders;
    }

    /** A line resolved to its SKU, with every file line it came from. */
    private record Wanted(long skuId, List<Integer> lines, int packs) {}

    QuickOrderDraft check(Actor buyer, byte[] file) {
        if (!organisations.buysWholesale(buyer)) {
            throw new NotAllowedException("wholesale.verified-buyers-only");
        }
        List<QuickOrderFile.Row> rows = QuickOrderFile.read(file);
        List<RowProblem> problems = new ArrayList<>();
        Map<Long, Wanted> wanted = resolve(rows, problems);
        Map<Long, OfferView> offered =
                offers.of(wanted.keySet()).stream().collect(Collectors.toMap(OfferView::skuId, Function.identity()));
        Map<Long, SkuOnSale> onSale = stock.skusForSale(wanted.keySet()).stream()
                .collect(Collectors.toMap(SkuOnSale::skuId, Function.identity()));
        List<Wanted> orderable = new ArrayList<>();
        for (Wanted line : wanted.values()) {
            RowProblem problem = problem(line, offered.get(line.skuId()), onSale.get(line.skuId()));
            if (problem == null) {
                orderable.add(line);
            } else {
                problems.add(problem);
            }
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::line));
        return draft(buyer, orderable, onSale, problems, QuickOrderFile.decoded(file));
    }

    /** Each row's SKU (a four-column row's by its shop, product and grade), rows of one SKU merged. */
    private Map<Long, Wanted> resolve(List<QuickOrderFile.Row> rows, List<RowProblem> problems) {
        List<QuickOrderFile.Row> byProduct = rows.stream()
                .filter(row -> row.error() == null && row.skuId() == null)
                .toList();
        Map<String, Long> skuOfProduct = skusOfProducts(byProduct);
        Map<Long, Wanted> wanted = new LinkedHashMap<>();
        for (QuickOrderFile.Row row : rows) {
            if (row.error() != null) {
                problems.add(new RowProblem(row.line(), row.error(), List.of(row.detail())));
                continue;
            }
            Long sku = row.skuId() != null
                    ? row.skuId()
                    : skuOfProduct.get(productKey(row.shopSlug(), row.productId(), grade(row.grade())));
            if (sku == null) {
                problems.add(new RowProblem(
                        row.line(),
                        "wholesale.line.product-unknown",
                        List.of(row.shopSlug(), String.valueOf(row.productId()), String.valueOf(row.grade()))));
                continue;
            }
            wanted.merge(sku, new Wanted(sku, List.of(row.line()), row.quantity()), (known, more) -> {
                List<Integer> lines = new ArrayList<>(known.lines());
                lines.addAll(more.lines());
                return new Wanted(sku, lines, known.packs() + more.packs());
            });
        }
        return wanted;
    }

    private Map<String, Long> skusOfProducts(List<QuickOrderFile.Row> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> skus = new HashMap<>();
        for (OfferView offer : offers.ofProducts(
                rows.stream().map(QuickOrderFile.Row::productId).distinct().toList())) {
            skus.put(productKey(offer.shopSlug(), offer.productId(), offer.grade()), offer.skuId());
        }
        return skus;
    }

    private static String productKey(String shop, long product, Grade grade) {
        return shop + "/" + product + "/" + grade;
    }

    /** A grade as typed: its name, or 特级, 一级, 二级; none when left empty. */
    private static Grade grade(String typed) {
        if (typed == null) {
            return null;
        }
        return switch (typed.strip().toUpperCase(Locale.ROOT)) {
            case "SPECIAL", "特级" -> Grade.SPECIAL;
            case "FIRST", "一级" -> Grade.FIRST;
            case "SECOND", "二级" -> Grade.SECOND;
            default -> null;
        };
    }

    private static RowProblem problem(Wanted line, OfferView offer, SkuOnSale sku) {
        int first = line.lines().get(0);
        String id = Long.toString(line.skuId());
        if (sku == null) {
            return new RowProblem(first, "wholesale.line.off-sale", List.of(id));
        }
        if (offer == null) {
            return new RowProblem(first, "wholesale.line.not-wholesale", List.of(sku.titleZh()));
        }
        if (line.packs() < offer.minPacks()) {
            return new RowProblem(
                    first, "wholesale.line.below-minimum", List.of(sku.titleZh(), Integer.toString(offer.minPacks())));
        }
        if ((line.packs() - offer.minPacks()) % offer.increment() != 0) {
            return new RowProblem(
                    first,
                    "wholesale.line.not-a-step",
                    List.of(sku.titleZh(), Integer.toString(offer.minPacks()), Integer.toString(offer.increment())));
        }
        if (offer.maxPacks() != null && line.packs() > offer.maxPacks()) {
            return new RowProblem(
                    first, "wholesale.line.over-maximum", List.of(sku.titleZh(), Integer.toString(offer.maxPacks())));
        }
        if (line.packs() > sku.available()) {
            return new RowProblem(
                    first, "wholesale.line.short", List.of(sku.titleZh(), Integer.toString(sku.available())));
        }
        return null;
    }

    private QuickOrderDraft draft(
            Actor buyer, List<Wanted> orderable, Map<Long, SkuOnSale> onSale, List<RowProblem> problems, String text) {
        if (orderable.isEmpty()) {
            return new QuickOrderDraft(List.of(), problems, BigDecimal.ZERO.setScale(2), text);
        }
        List<PricingRequest.Item> items = orderable.stream()
                .map(line -> {
                    SkuOnSale sku = onSale.get(line.skuId());
                    return new PricingRequest.Item(
                            sku.skuId(), sku.productId(), sku.shopSlug(), sku.price(), line.packs());
                })
                .toList();
        PriceQuote quote = orders.quoteGoods(new PricingRequest(buyer, items, java.util.Set.of()));
        Map<String, List<DraftLine>> byShop = new LinkedHashMap<>();
        for (Wanted line : orderable) {
            SkuOnSale sku = onSale.get(line.skuId());
            var priced = quote.lines().get(line.skuId());
            byShop.computeIfAbsent(sku.shopSlug(), shop -> new ArrayList<>())
                    .add(new DraftLine(
                            line.lines(),
                            sku.skuId(),
                            sku.shopSlug(),
                            sku.titleZh(),
                            sku.specZh(),
                            line.packs(),
                            priced.unitPrice(),
                            priced.total()));
        }
        Map<String, Map<Long, Integer>> units = new LinkedHashMap<>();
        byShop.forEach((shop, lines) -> lines.forEach(
                line -> units.computeIfAbsent(shop, s -> new LinkedHashMap<>()).put(line.skuId(), line.packs())));
        Map<String, BigDecimal> freight = freightBands.freight(buyer, units);
        List<ShopDraft> shops = new ArrayList<>();
        BigDecimal goods = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<String, List<DraftLine>> shop : byShop.entrySet()) {
            BigDecimal shopGoods =
                    shop.getValue().stream().map(DraftLine::total).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            String name = onSale.get(shop.getValue().get(0).skuId()).shopNameZh();
            shops.add(new ShopDraft(shop.getKey(), name, shop.getValue(), shopGoods, freight.get(shop.getKey())));
            goods = goods.add(shopGoods);
        }
        return new QuickOrderDraft(shops, problems, goods, text);
    }
}
