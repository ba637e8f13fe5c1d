package org.techan.wholesale.internal;

import io.micronaut.core.annotation.Nullable;
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

    /** What weighing and grading hold a line to; a tolerance means the line is sold by weight. */
    record Terms(int packNetGrams, @Nullable BigDecimal weightTolerancePercent, @Nullable Grade grade) {

        static Terms of(OfferView offer) {
            return new Terms(offer.packNetGrams(), offer.weightTolerancePercent(), offer.grade());
        }

        boolean soldByWeight() {
            return weightTolerancePercent != null;
        }
    }

    /** Keeps the offers' terms for every line of a group just placed; a repeat keeps the first. */
    @Transactional
    public void keep(OrderGroupView placed) {
        Map<Long, Terms> offered = current(placed.orders().stream()
                .flatMap(order -> order.lines().stream())
                .map(OrderLineView::skuId)
                .distinct()
                .toList());
        List<Object> values = new ArrayList<>();
        int rows = 0;
        Timestamp now = Timestamp.from(clock.instant());
        for (OrderView order : placed.orders()) {
            for (OrderLineView line : order.lines()) {
                Terms terms = offered.get(line.skuId());
                if (terms != null) {
                    values.addAll(Arrays.asList(
                            order.number(),
                            line.skuId(),
                            terms.packNetGrams(),
                            terms.weightTolerancePercent(),
                            terms.grade() == null ? null : terms.grade().name(),
                            now));
                    rows++;
                }
            }
        }
        if (rows > 0) {
            sql.update(
                    "INSERT IGNORE INTO wholesale_sold_terms (order_number, sku_id, pack_net_grams,"
                            + " weight_tolerance_pct, grade, sold_at) VALUES "
                            + SqlScript.rows("(?, ?, ?, ?, ?, ?)", rows),
                    values.toArray());
        }
    }

    /**
     * The terms an order's lines were sold under, by SKU; a line kept none for (an order placed
     * before they were kept) has its offer's terms now. A SKU no longer offered is left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, Terms> of(String orderNumber, Collection<Long> skuIds) {
        Map<Long, Terms> sold = current(skuIds);
        sql.query(
                        "SELECT sku_id, pack_net_grams, weight_tolerance_pct, grade FROM wholesale_sold_terms"
                                + " WHERE order_number = ?",
                        row -> Map.entry(
                                row.getLong(1),
                                new Terms(
                                        row.getInt(2),
                                        row.getBigDecimal(3),
                                        row.getString(4) == null ? null : Grade.valueOf(row.getString(4)))),
                        orderNumber)
                .forEach(kept -> sold.computeIfPresent(kept.getKey(), (sku, now) -> kept.getValue()));
        return sold;
    }

    private Map<Long, Terms> current(Collection<Long> skuIds) {
        Map<Long, Terms> terms = new HashMap<>();
        offers.of(skuIds).forEach(offer -> terms.put(offer.skuId(), Terms.of(offer)));
        return terms;
    }
}
