package org.techan.orders.internal;

import io.micronaut.core.order.OrderUtil;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.techan.orders.PriceAdjustment;
import org.techan.orders.PriceHint;
import org.techan.orders.PriceOffer;
import org.techan.orders.PriceQuote;
import org.techan.orders.PricedLine;
import org.techan.orders.PricingContext;
import org.techan.orders.PricingRequest;
import org.techan.orders.PricingStage;
import org.techan.orders.PricingStep;

/**
 * Runs the pricing steps stage by stage and keeps each stage's limits: the first base price, the
 * lowest item price per line, one threshold discount per shop and one for the platform, one coupon
 * per shop and one for the platform, one delivery discount per shop; among a stage's offers the
 * one that takes the most off wins. Order-level amounts are shared among the lines they cover to
 * the cent, so each line carries exactly what its buyer paid for it.
 */
@Singleton
class PricingPipeline {

    private static final Set<PricingStage> LINE_DISCOUNT_STAGES =
            EnumSet.of(PricingStage.SHOP_THRESHOLD, PricingStage.PLATFORM_THRESHOLD, PricingStage.COUPON);

    private final Map<PricingStage, List<PricingStep>> steps = new EnumMap<>(PricingStage.class);

    PricingPipeline(List<PricingStep> steps) {
        List<PricingStep> ordered = new ArrayList<>(steps);
        OrderUtil.sort(ordered);
        for (PricingStep step : ordered) {
            this.steps.computeIfAbsent(step.stage(), stage -> new ArrayList<>()).add(step);
        }
    }

    /**
     * Prices a checkout. {@code shipping} answers a shop's delivery charge for what its lines cost
     * after every discount (a shop's free-delivery threshold counts what the buyer pays).
     */
    PriceQuote quote(PricingRequest request, BiFunction<String, BigDecimal, BigDecimal> shipping) {
        Map<Long, Pricing> lines = new LinkedHashMap<>();
        for (PricingRequest.Item item : request.items()) {
            if (lines.put(item.skuId(), new Pricing(item)) != null) {
                throw new IllegalArgumentException("SKU " + item.skuId() + " appears twice");
            }
        }
        basePrices(request, lines);
        itemPrices(request, lines);
        List<PriceHint> hints = new ArrayList<>();
        for (PricingStage stage :
                List.of(PricingStage.SHOP_THRESHOLD, PricingStage.PLATFORM_THRESHOLD, PricingStage.COUPON)) {
            lineDiscounts(request, stage, lines, hints);
        }
        Map<String, BigDecimal> charges = new LinkedHashMap<>();
        Map<String, BigDecimal> goods = new LinkedHashMap<>();
        lines.values().forEach(line -> goods.merge(line.item.shopSlug(), line.amount(), BigDecimal::add));
        goods.forEach((shop, amount) -> charges.put(shop, Money.checked(shipping.apply(shop, amount), "shipping")));
        Map<String, PriceQuote.Delivery> deliveries = deliveries(request, lines, charges);
        Map<Long, PricedLine> priced = new LinkedHashMap<>();
        lines.forEach((sku, line) -> priced.put(sku, line.priced()));
        return new PriceQuote(priced, deliveries, hints);
    }

    private List<PriceOffer> offers(PricingStage stage, PricingContext context) {
        List<PriceOffer> offers = new ArrayList<>();
        // Looked up once per stage: a bulk order's 5,000 line prices would otherwise scan 5,000 lines each.
        Set<Long> open = new java.util.HashSet<>();
        context.lines().forEach(line -> open.add(line.item().skuId()));
        PricingContext consumers = context.withoutBusinessLines();
        for (PricingStep step : steps.getOrDefault(stage, List.of())) {
            PricingContext seen = step.pricesBusinessLines() ? context : consumers;
            for (PriceOffer offer : step.offers(seen)) {
                offers.add(checked(stage, offer, seen, open, step));
            }
        }
        return offers;
    }

    private void basePrices(PricingRequest request, Map<Long, Pricing> lines) {
        List<PriceOffer> offers =
                offers(PricingStage.BASE_PRICE, context(request, PricingStage.BASE_PRICE, lines, Map.of()));
        Set<Long> priced = new java.util.HashSet<>();
        for (PriceOffer offer : offers) {
            PriceOffer.LinePrice price = (PriceOffer.LinePrice) offer;
            if (priced.add(price.skuId())) {
                lines.get(price.skuId()).base(price);
            }
        }
    }

    private void itemPrices(PricingRequest request, Map<Long, Pricing> lines) {
        Map<Long, PriceOffer.LinePrice> best = new LinkedHashMap<>();
        for (PriceOffer offer :
                offers(PricingStage.ITEM_PRICE, context(request, PricingStage.ITEM_PRICE, lines, Map.of()))) {
            PriceOffer.LinePrice price = (PriceOffer.LinePrice) offer;
            PriceOffer.LinePrice before = best.get(price.skuId());
            if (before == null || price.unitPrice().compareTo(before.unitPrice()) < 0) {
                best.put(price.skuId(), price);
            }
        }
        best.values().forEach(price -> lines.get(price.skuId()).itemPrice(price));
    }

    /** One discount per shop (the shop's own) and one for the platform, each the largest on offer. */
    private void lineDiscounts(
            PricingRequest request, PricingStage stage, Map<Long, Pricing> lines, List<PriceHint> hints) {
        PricingContext context = context(request, stage, lines, Map.of());
        List<PriceHint> found = hints(stage, context);
        Map<String, PriceOffer.LinesDiscount> best = best(offers(stage, context), lines);
        // The shops' own first: the platform's then counts what the lines cost after them. In the
        // coupon stage both come at once, so the platform's coupons (and what they lack) are asked
        // again once the shops' coupons are taken off.
        boolean shopsFirst =
                stage == PricingStage.COUPON && best.keySet().stream().anyMatch(owner -> !owner.isEmpty());
        best.entrySet().stream()
                .filter(entry -> !shopsFirst || !entry.getKey().isEmpty())
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(String::isEmpty)))
                .forEach(entry -> share(stage, capped(entry.getValue(), lines), lines));
        if (!shopsFirst) {
            hints.addAll(found);
            return;
        }
        PricingContext after = context(request, stage, lines, Map.of());
        found.stream().filter(hint -> hint.shopSlug() != null).forEach(hints::add);
        hints(stage, after).stream().filter(hint -> hint.shopSlug() == null).forEach(hints::add);
        if (best.containsKey("")) {
            List<PriceOffer> again = offers(stage, after).stream()
                    .filter(offer -> ((PriceOffer.LinesDiscount) offer).shopSlug() == null)
                    .toList();
            PriceOffer.LinesDiscount platform = best(again, lines).get("");
            if (platform != null) {
                share(stage, capped(platform, lines), lines);
            }
        }
    }

    private List<PriceHint> hints(PricingStage stage, PricingContext context) {
        List<PriceHint> found = new ArrayList<>();
        PricingContext consumers = context.withoutBusinessLines();
        for (PricingStep step : steps.getOrDefault(stage, List.of())) {
            found.addAll(step.hints(step.pricesBusinessLines() ? context : consumers));
        }
        return found;
    }

    /** The largest discount on offer per owner: each shop (by slug) and the platform (""). */
    private static Map<String, PriceOffer.LinesDiscount> best(List<PriceOffer> offers, Map<Long, Pricing> lines) {
        Map<String, PriceOffer.LinesDiscount> best = new LinkedHashMap<>();
        for (PriceOffer offer : offers) {
            PriceOffer.LinesDiscount discount = capped((PriceOffer.LinesDiscount) offer, lines);
            String owner = discount.shopSlug() == null ? "" : discount.shopSlug();
            PriceOffer.LinesDiscount before = best.get(owner);
            if (before == null || discount.amount().compareTo(before.amount()) > 0) {
                best.put(owner, discount);
            }
        }
        return best;
    }

    /** At most what the lines still cost: a discount never makes a line negative. */
    private static PriceOffer.LinesDiscount capped(PriceOffer.LinesDiscount discount, Map<Long, Pricing> lines) {
        BigDecimal cost =
                discount.skuIds().stream().map(sku -> lines.get(sku).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return discount.amount().compareTo(cost) <= 0
                ? discount
                : new PriceOffer.LinesDiscount(discount.shopSlug(), discount.skuIds(), cost, discount.terms());
    }

    private static void share(PricingStage stage, PriceOffer.LinesDiscount discount, Map<Long, Pricing> lines) {
        List<Long> skus = discount.skuIds().stream().sorted().toList();
        long[] weights = new long[skus.size()];
        for (int i = 0; i < skus.size(); i++) {
            weights[i] = Money.cents(lines.get(skus.get(i)).amount());
        }
        long[] shares = CentShares.split(Money.cents(discount.amount()), weights);
        for (int i = 0; i < skus.size(); i++) {
            if (shares[i] > 0) {
                lines.get(skus.get(i)).discount(new PriceAdjustment(stage, Money.ofCents(shares[i]), discount.terms()));
            }
        }
    }

    private Map<String, PriceQuote.Delivery> deliveries(
            PricingRequest request, Map<Long, Pricing> lines, Map<String, BigDecimal> charges) {
        Map<String, PriceOffer.DeliveryDiscount> best = new LinkedHashMap<>();
        for (PriceOffer offer :
                offers(PricingStage.DELIVERY, context(request, PricingStage.DELIVERY, lines, charges))) {
            PriceOffer.DeliveryDiscount discount = (PriceOffer.DeliveryDiscount) offer;
            PriceOffer.DeliveryDiscount before = best.get(discount.shopSlug());
            if (before == null || discount.amount().compareTo(before.amount()) > 0) {
                best.put(discount.shopSlug(), discount);
            }
        }
        Map<String, PriceQuote.Delivery> deliveries = new LinkedHashMap<>();
        charges.forEach((shop, charge) -> {
            PriceOffer.DeliveryDiscount discount = best.get(shop);
            BigDecimal off =
                    discount == null ? BigDecimal.ZERO : discount.amount().min(charge);
            deliveries.put(
                    shop,
                    new PriceQuote.Delivery(
                            charge,
                            off.signum() == 0
                                    ? null
                                    : new PriceAdjustment(PricingStage.DELIVERY, off.setScale(2), discount.terms())));
        });
        return deliveries;
    }

    private static PricingContext context(
            PricingRequest request, PricingStage stage, Map<Long, Pricing> lines, Map<String, BigDecimal> shipping) {
        List<PricingContext.Line> open = lines.values().stream()
                .filter(line -> !line.closed.contains(stage))
                .map(line -> new PricingContext.Line(
                        line.item, line.unitPrice, line.amount(), line.business.contains(stage)))
                .toList();
        return new PricingContext(request, stage, open, shipping);
    }

    /** A step's offer, refused when it breaks the pipeline's contract: a bug in the step, not the buyer's problem. */
    private static PriceOffer checked(
            PricingStage stage, PriceOffer offer, PricingContext context, Set<Long> open, PricingStep step) {
        String problem;
        if (offer instanceof PriceOffer.LinePrice price) {
            problem = problem(stage, price, open);
        } else if (offer instanceof PriceOffer.LinesDiscount discount) {
            problem = problem(stage, discount, context);
        } else {
            problem = problem(stage, (PriceOffer.DeliveryDiscount) offer, context);
        }
        if (problem != null) {
            throw new IllegalStateException(
                    "Pricing step " + step.getClass().getName() + " offered " + problem + ": " + offer);
        }
        return offer;
    }

    private static String problem(PricingStage stage, PriceOffer.LinePrice price, Set<Long> open) {
        if (stage != PricingStage.BASE_PRICE && stage != PricingStage.ITEM_PRICE) {
            return "a unit price outside the base and item stages";
        }
        if (!open.contains(price.skuId())) {
            return "a price for a line it may not change";
        }
        return Money.problem(price.unitPrice());
    }

    private static String problem(PricingStage stage, PriceOffer.LinesDiscount discount, PricingContext context) {
        if (!LINE_DISCOUNT_STAGES.contains(stage)) {
            return "a discount on lines outside the threshold and coupon stages";
        }
        if (stage == PricingStage.SHOP_THRESHOLD && discount.shopSlug() == null) {
            return "a shop threshold without its shop";
        }
        if (stage == PricingStage.PLATFORM_THRESHOLD && discount.shopSlug() != null) {
            return "a platform threshold with a shop";
        }
        List<PricingContext.Line> covered = context.lines().stream()
                .filter(line -> discount.skuIds().contains(line.item().skuId()))
                .toList();
        if (discount.skuIds().isEmpty() || covered.size() != discount.skuIds().size()) {
            return "a discount on lines it may not change";
        }
        if (discount.shopSlug() != null
                && !covered.stream().allMatch(line -> line.item().shopSlug().equals(discount.shopSlug()))) {
            return "a shop's discount on another shop's lines";
        }
        return Money.positiveProblem(discount.amount());
    }

    private static String problem(PricingStage stage, PriceOffer.DeliveryDiscount delivery, PricingContext context) {
        if (stage != PricingStage.DELIVERY) {
            return "a delivery discount outside the delivery stage";
        }
        if (!context.shipping().containsKey(delivery.shopSlug())) {
            return "a delivery discount for a shop not in the checkout";
        }
        return Money.positiveProblem(delivery.amount());
    }

    /** One line while the stages run. */
    private static final class Pricing {

        private final PricingRequest.Item item;
        private BigDecimal basePrice;
        private BigDecimal unitPrice;
        private BigDecimal discount = BigDecimal.ZERO.setScale(2);
        private final List<PriceAdjustment> adjustments = new ArrayList<>();
        private final Set<PricingStage> closed = EnumSet.noneOf(PricingStage.class);
        /** The stages a business base price closed to consumer promotions, open to steps for business buyers. */
        private final Set<PricingStage> business = EnumSet.noneOf(PricingStage.class);

        Pricing(PricingRequest.Item item) {
            this.item = item;
            this.basePrice = Money.checked(item.listPrice(), "list price");
            this.unitPrice = basePrice;
        }

        /**
         * The line starts from another price (a wholesale price): the later stages it excludes
         * are closed to consumer promotions, and open only to what says business buyers get it.
         */
        void base(PriceOffer.LinePrice offer) {
            basePrice = offer.unitPrice().setScale(2);
            unitPrice = basePrice;
            business.addAll(offer.terms().excludes());
        }

        void itemPrice(PriceOffer.LinePrice offer) {
            BigDecimal price = offer.unitPrice().setScale(2);
            if (price.compareTo(unitPrice) >= 0) {
                return;
            }
            adjustments.add(new PriceAdjustment(
                    PricingStage.ITEM_PRICE,
                    unitPrice.subtract(price).multiply(BigDecimal.valueOf(item.quantity())),
                    offer.terms()));
            unitPrice = price;
            closed.addAll(offer.terms().excludes());
        }

        void discount(PriceAdjustment adjustment) {
            discount = discount.add(adjustment.amount());
            adjustments.add(adjustment);
            closed.addAll(adjustment.terms().excludes());
        }

        BigDecimal amount() {
            return unitPrice.multiply(BigDecimal.valueOf(item.quantity())).subtract(discount);
        }

        PricedLine priced() {
            return new PricedLine(
                    item.skuId(),
                    item.listPrice().setScale(2),
                    basePrice,
                    unitPrice,
                    item.quantity(),
                    discount,
                    amount(),
                    adjustments);
        }
    }
}
