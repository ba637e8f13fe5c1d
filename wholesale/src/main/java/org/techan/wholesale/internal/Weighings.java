package org.techan.wholesale.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.techan.orders.OrderLineView;
import org.techan.orders.OrderView;
import org.techan.orders.OrdersApi;
import org.techan.orders.RefundedLine;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.wholesale.LineWeight;
import org.techan.wholesale.WeighableLine;
import org.techan.wholesale.WeighingState;
import org.techan.wholesale.WeighingView;

/**
 * 称重结算: the shop weighs each line of a bulk order sold by weight when it packs it, once. A
 * shortfall within the tolerance the offer declared is refunded at once, its share of the line's
 * price; beyond it the buyer takes the line at its weight (the shortfall refunded) or refuses it
 * (the line refunded whole). Every refund goes through orders under a key of its own, in the same
 * transaction as the weighing or the answer: once, whatever is repeated.
 */
@Singleton
class Weighings {

    private final WholesaleSql sql;
    private final OrdersApi orders;
    private final SoldTerms soldTerms;
    private final Organisations organisations;
    private final Clock clock;

    Weighings(WholesaleSql sql, OrdersApi orders, SoldTerms soldTerms, Organisations organisations, Clock clock) {
        this.sql = sql;
        this.orders = orders;
        this.soldTerms = soldTerms;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The lines of one of the shop's bulk orders it weighs, and which are weighed. */
    @Transactional(readOnly = true)
    public List<WeighableLine> sheet(Actor staff, String orderNumber) {
        OrderView order = orders.shopOrder(staff, orderNumber);
        Map<Long, SoldTerms.Terms> offered = byWeight(order);
        Set<Long> weighed = new HashSet<>(views("order_number = ?", orderNumber).stream()
                .map(WeighingView::skuId)
                .toList());
        return order.lines().stream()
                .filter(line -> offered.containsKey(line.skuId()))
                .map(line -> new WeighableLine(
                        line.skuId(),
                        line.titleZh() + " " + line.specZh(),
                        line.quantity(),
                        (long) line.quantity() * offered.get(line.skuId()).packNetGrams(),
                        offered.get(line.skuId()).weightTolerancePercent(),
                        weighed.contains(line.skuId())))
                .toList();
    }

    /**
     * The shop records what lines weighed at packing; each line once.
     *
     * @throws NotFoundException for another shop's order, or a line it does not have
     * @throws ConflictException for an order that is no bulk order or is past packing, or a line weighed before
     * @throws RuleViolationException for a line not sold by weight, or a weight that cannot be
     */
    @Transactional
    public List<WeighingView> weigh(Actor staff, String orderNumber, List<LineWeight> weights) {
        OrderView order = LineSettlements.atPacking(orders, staff, orderNumber);
        if (weights == null || weights.isEmpty()) {
            throw new RuleViolationException("wholesale.weighing.none");
        }
        Map<Long, SoldTerms.Terms> offered = byWeight(order);
        Map<Long, OrderLineView> lines =
                order.lines().stream().collect(Collectors.toMap(OrderLineView::skuId, Function.identity()));
        for (LineWeight weight : weights) {
            OrderLineView line = lines.get(weight == null ? -1 : weight.skuId());
            if (line == null) {
                throw new NotFoundException("wholesale.weighing.line-unknown", weight == null ? 0 : weight.skuId());
            }
            SoldTerms.Terms terms = offered.get(line.skuId());
            if (terms == null) {
                throw new RuleViolationException("wholesale.weighing.not-by-weight", line.titleZh());
            }
            weigh(staff, order, line, terms, weight.actualGrams());
        }
        return views("order_number = ?", orderNumber);
    }

    private void weigh(Actor staff, OrderView order, OrderLineView line, SoldTerms.Terms terms, long actual) {
        long expected = (long) line.quantity() * terms.packNetGrams();
        if (actual <= 0 || actual > 2 * expected) {
            throw new RuleViolationException("wholesale.weighing.weight", line.titleZh(), expected);
        }
        long shortfall = Math.max(0, expected - actual);
        BigDecimal amount = line.lineTotal()
                .multiply(BigDecimal.valueOf(shortfall))
                .divide(BigDecimal.valueOf(expected), 2, RoundingMode.HALF_UP);
        boolean tolerated = BigDecimal.valueOf(shortfall)
                        .multiply(BigDecimal.valueOf(100))
                        .compareTo(terms.weightTolerancePercent().multiply(BigDecimal.valueOf(expected)))
                <= 0;
        WeighingState state = tolerated ? WeighingState.SETTLED : WeighingState.WAITING;
        LineSettlements.claim(
                sql, order.number(), line.skuId(), LineSettlements.Kind.WEIGHT, line.titleZh() + " " + line.specZh());
        try {
            sql.update(
                    "INSERT INTO wholesale_weighing (order_number, sku_id, group_number, shop_slug, title_zh, packs,"
                            + " expected_grams, actual_grams, tolerance_pct, line_total, shortfall_amount, state,"
                            + " weighed_by, weighed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    order.number(),
                    line.skuId(),
                    order.groupNumber(),
                    order.shopSlug(),
                    line.titleZh() + " " + line.specZh(),
                    line.quantity(),
                    expected,
                    actual,
                    terms.weightTolerancePercent(),
                    line.lineTotal(),
                    amount,
                    state.name(),
                    staff.accountId(),
                    Timestamp.from(clock.instant()));
        } catch (RuntimeException failure) {
            if (WholesaleSql.duplicateKey(failure)) {
                throw new ConflictException("wholesale.weighing.weighed", line.titleZh());
            }
            throw failure;
        }
        if (!tolerated) {
            orders.askBuyer(
                    order.number(),
                    org.techan.orders.NoticeKind.WEIGHT_SHORT,
                    List.of(line.titleZh() + " " + line.specZh()),
                    "weight-asked:" + order.number() + ":" + line.skuId());
        }
        if (tolerated && amount.signum() > 0) {
            orders.refundByRule(
                    staff,
                    order.number(),
                    new RefundedLine(line.skuId(), 0, amount),
                    "称重差价：" + line.titleZh() + " 少 " + shortfall + " 克",
                    "weight:" + order.number() + ":" + line.skuId());
        }
    }

    /**
     * The buyer takes a line short beyond its tolerance at its weight, or refuses it.
     *
     * @throws NotFoundException for a line no member of the buyer's organisation ordered
     * @throws ConflictException once it was answered, or when it needs no answer
     */
    @Transactional
    public WeighingView answer(Actor buyer, String orderNumber, long skuId, boolean accept) {
        WeighingView line = views("order_number = ? AND sku_id = ?", orderNumber, skuId).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("wholesale.weighing.line-unknown", skuId));
        ofBuyersOrganisation(buyer, line.groupNumber());
        int answered = sql.update(
                "UPDATE wholesale_weighing SET state = ?, answered_by = ?, answered_at = ? WHERE order_number = ?"
                        + " AND sku_id = ? AND state = 'WAITING'",
                (accept ? WeighingState.ACCEPTED : WeighingState.REFUSED).name(),
                buyer.accountId(),
                Timestamp.from(clock.instant()),
                orderNumber,
                skuId);
        if (answered != 1) {
            throw new ConflictException("wholesale.weighing.answered", line.titleZh());
        }
        orders.refundByRule(
                buyer,
                orderNumber,
                new RefundedLine(skuId, accept ? 0 : line.packs(), accept ? line.shortfallAmount() : line.lineTotal()),
                (accept ? "按实重收货，退称重差价：" : "拒收：") + line.titleZh(),
                "weight-answer:" + orderNumber + ":" + skuId);
        return views("order_number = ? AND sku_id = ?", orderNumber, skuId).get(0);
    }

    /** The weighed lines of a checkout of the buyer's organisation. */
    @Transactional(readOnly = true)
    public List<WeighingView> ofGroup(Actor buyer, String groupNumber) {
        ofBuyersOrganisation(buyer, groupNumber);
        return views("group_number = ?", groupNumber);
    }

    /** The weighed lines of one of the shop's orders. */
    @Transactional(readOnly = true)
    public List<WeighingView> ofShopOrder(Actor staff, String orderNumber) {
        orders.shopOrder(staff, orderNumber);
        return views("order_number = ?", orderNumber);
    }

    private void ofBuyersOrganisation(Actor buyer, String groupNumber) {
        LineSettlements.ofBuyersOrganisation(orders, organisations, buyer, groupNumber);
    }

    /** The order's lines sold by weight, by SKU, on the terms they were sold under. */
    private Map<Long, SoldTerms.Terms> byWeight(OrderView order) {
        Map<Long, SoldTerms.Terms> sold = soldTerms.of(
                order.number(), order.lines().stream().map(OrderLineView::skuId).toList());
        sold.values().removeIf(terms -> !terms.soldByWeight());
        return sold;
    }

    private List<WeighingView> views(String where, Object... parameters) {
        return sql.query(
                "SELECT * FROM wholesale_weighing WHERE " + where + " ORDER BY order_number, sku_id",
                Weighings::view,
                parameters);
    }

    private static WeighingView view(ResultSet row) throws SQLException {
        return new WeighingView(
                row.getString("order_number"),
                row.getString("group_number"),
                row.getLong("sku_id"),
                row.getString("title_zh"),
                row.getInt("packs"),
                row.getLong("expected_grams"),
                row.getLong("actual_grams"),
                row.getBigDecimal("tolerance_pct"),
                row.getBigDecimal("line_total"),
                row.getBigDecimal("shortfall_amount"),
                WeighingState.valueOf(row.getString("state")),
                row.getTimestamp("weighed_at").toInstant());
    }
}
