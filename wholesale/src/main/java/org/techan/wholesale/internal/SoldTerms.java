package org.techan.wholesale.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderLineView;
import org.techan.orders.OrderView;
import org.techan.platform.SqlScript;
import org.techan.wholesale.Grade;
import org.techan.wholesale.OfferView;

/**
 * The terms a bulk order line was sold under (pack weight, weighing tolerance, grade), kept when
 * the order is placed: a shop that changes its offer later still weighs and grades that line by
 * what the buyer bought.
 */
@Singleton
class SoldTerms {

    private final WholesaleSql sql;
    private final Offers offers;
    private final Clock clock;

    SoldTerms(WholesaleSql sql, Offers offers, Clock clock) {
        this.sql = sql;
        this.offers = offers;
        this.clock = clock;
    }

    /** Keeps the offers' terms for every line of a group just placed; a repeat keeps the first. */
    @Transactional
    public void keep(OrderGroupView placed) {
        List<Long> skus = placed.orders().stream()
                .flatMap(order -> order.lines().stream())
                .map(OrderLineView::skuId)
                .distinct()
                .toList();
        Map<Long, OfferView> offered =
                offers.of(skus).stream().collect(Collectors.toMap(OfferView::skuId, Function.identity()));
        List<Object> values = new ArrayList<>();
        int rows = 0;
        Timestamp now = Timestamp.from(clock.instant());
        for (OrderView order : placed.orders()) {
            for (OrderLineView line : order.lines()) {
                OfferView offer = offered.get(line.skuId());
                if (offer != null) {
                    values.addAll(Arrays.asList(
                            order.number(),
                            line.skuId(),
                            offer.packNetGrams(),
                            offer.weightTolerancePercent(),
                            offer.grade() == null ? null : offer.grade().name(),
                            offer.gradeStandard(),
                            now));
                    rows++;
                }
            }
        }
        if (rows > 0) {
            sql.update(
                    "INSERT IGNORE INTO wholesale_sold_terms (order_number, sku_id, pack_net_grams,"
                            + " weight_tolerance_pct, grade, grade_standard, sold_at) VALUES "
                            + SqlScript.rows("(?, ?, ?, ?, ?, ?, ?)", rows),
                    values.toArray());
        }
    }

    /** A line's terms as kept. */
    private record Kept(long skuId, int packNetGrams, BigDecimal tolerance, String grade, String gradeStandard) {

        OfferView over(OfferView now) {
            return new OfferView(
                    now.skuId(),
                    now.productId(),
                    now.shopSlug(),
                    now.titleZh(),
                    now.specZh(),
                    now.pack(),
                    packNetGrams,
                    now.minPacks(),
                    now.increment(),
                    now.maxPacks(),
                    now.tiers(),
                    grade == null ? null : Grade.valueOf(grade),
                    gradeStandard,
                    tolerance,
                    now.packLitres());
        }
    }

    /**
     * The offers of an order's SKUs as they were sold: today's offer with the pack weight,
     * tolerance and grade it had when the order was placed. A SKU no longer offered is left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, OfferView> of(String orderNumber, Collection<Long> skuIds) {
        Map<Long, OfferView> sold = new HashMap<>(
                offers.of(skuIds).stream().collect(Collectors.toMap(OfferView::skuId, Function.identity())));
        for (Kept kept : sql.query(
                "SELECT sku_id, pack_net_grams, weight_tolerance_pct, grade, grade_standard"
                        + " FROM wholesale_sold_terms WHERE order_number = ?",
                row -> new Kept(
                        row.getLong(1), row.getInt(2), row.getBigDecimal(3), row.getString(4), row.getString(5)),
                orderNumber)) {
            sold.computeIfPresent(kept.skuId(), (sku, now) -> kept.over(now));
        }
        return sold;
    }
}
