package org.techan.wholesale.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.techan.orders.OrderLineView;
import org.techan.orders.OrderView;
import org.techan.orders.OrdersApi;
import org.techan.orders.RefundedLine;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.wholesale.Grade;
import org.techan.wholesale.GradeChangeState;
import org.techan.wholesale.GradeChangeView;
import org.techan.wholesale.LowerGrade;

/**
 * 等级不符: when a shop packs a line of a bulk order in a lower grade than the offer sold, it says
 * so at packing, once, with the price per pack it asks for that grade. Nothing is refunded until
 * the buyer answers: taken at the lower price, the difference is refunded; refused, the line is
 * refunded whole. A line is settled once, by weight or by grade, never both. Refunds go through
 * orders under a key of their own in the answering transaction: once, whatever is repeated.
 */
@Singleton
class GradeChanges {

    private final WholesaleSql sql;
    private final OrdersApi orders;
    private final SoldTerms soldTerms;
    private final Organisations organisations;
    private final Clock clock;

    GradeChanges(WholesaleSql sql, OrdersApi orders, SoldTerms soldTerms, Organisations organisations, Clock clock) {
        this.sql = sql;
        this.orders = orders;
        this.soldTerms = soldTerms;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * The shop declares a line packed in a lower grade and the price per pack it asks for it.
     *
     * @throws NotFoundException for another shop's order, or a line it does not have
     * @throws ConflictException for an order that is no bulk order or is past packing, or a line
     *     settled before (by weight or grade)
     * @throws RuleViolationException for a line sold without a grade, a grade that is not lower, or
     *     a price that is not below what the buyer paid
     */
    @Transactional
    public GradeChangeView declare(Actor staff, String orderNumber, LowerGrade change) {
        OrderView order = LineSettlements.atPacking(orders, staff, orderNumber);
        OrderLineView line = order.lines().stream()
                .filter(l -> change != null && l.skuId() == change.skuId())
                .findFirst()
                .orElseThrow(() ->
                        new NotFoundException("wholesale.weighing.line-unknown", change == null ? 0 : change.skuId()));
        String title = line.titleZh() + " " + line.specZh();
        Grade ordered = java.util.Optional.ofNullable(
                        soldTerms.of(orderNumber, List.of(line.skuId())).get(line.skuId()))
                .map(SoldTerms.Terms::grade)
                .orElseThrow(() -> new RuleViolationException("wholesale.grade.ungraded", title));
        if (change.packedGrade() == null || change.packedGrade().ordinal() <= ordered.ordinal()) {
            throw new RuleViolationException("wholesale.grade.not-lower", title);
        }
        BigDecimal offered = offeredTotal(line, change.unitPrice(), title);
        LineSettlements.claim(sql, orderNumber, line.skuId(), LineSettlements.Kind.GRADE, title);
        sql.update(
                "INSERT INTO wholesale_grade_change (order_number, sku_id, group_number, shop_slug, title_zh, packs,"
                        + " ordered_grade, packed_grade, line_total, offered_total, state, declared_by, declared_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?)",
                orderNumber,
                line.skuId(),
                order.groupNumber(),
                order.shopSlug(),
                title,
                line.quantity(),
                ordered.name(),
                change.packedGrade().name(),
                line.lineTotal(),
                offered,
                staff.accountId(),
                Timestamp.from(clock.instant()));
        orders.askBuyer(
                orderNumber,
                org.techan.orders.NoticeKind.GRADE_LOWER,
                List.of(title),
                "grade-asked:" + orderNumber + ":" + line.skuId());
        return views("order_number = ? AND sku_id = ?", orderNumber, line.skuId())
                .get(0);
    }

    /** What the lower grade comes to: its price per pack for the line's packs, below what was paid. */
    private static BigDecimal offeredTotal(OrderLineView line, BigDecimal unitPrice, String title) {
        if (unitPrice == null || unitPrice.signum() < 0 || unitPrice.scale() > 2) {
            throw new RuleViolationException("wholesale.grade.price", title, line.lineTotal());
        }
        BigDecimal offered =
                unitPrice.multiply(BigDecimal.valueOf(line.quantity())).setScale(2, RoundingMode.HALF_UP);
        if (offered.compareTo(line.lineTotal()) >= 0) {
            throw new RuleViolationException("wholesale.grade.price", title, line.lineTotal());
        }
        return offered;
    }

    /**
     * The buyer takes a line of a lower grade at the shop's price, or refuses it.
     *
     * @throws NotFoundException for a line no member of the buyer's organisation ordered
     * @throws ConflictException once it was answered
     */
    @Transactional
    public GradeChangeView answer(Actor buyer, String orderNumber, long skuId, boolean accept) {
        GradeChangeView change = views("order_number = ? AND sku_id = ?", orderNumber, skuId).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("wholesale.weighing.line-unknown", skuId));
        ofBuyersOrganisation(buyer, change.groupNumber());
        int answered = sql.update(
                "UPDATE wholesale_grade_change SET state = ?, answered_by = ?, answered_at = ? WHERE order_number = ?"
                        + " AND sku_id = ? AND state = 'WAITING'",
                (accept ? GradeChangeState.ACCEPTED : GradeChangeState.REFUSED).name(),
                buyer.accountId(),
                Timestamp.from(clock.instant()),
                orderNumber,
                skuId);
        if (answered != 1) {
            throw new ConflictException("wholesale.weighing.answered", change.titleZh());
        }
        orders.refundByRule(
                buyer,
                orderNumber,
                new RefundedLine(skuId, accept ? 0 : change.packs(), accept ? change.difference() : change.lineTotal()),
                (accept ? "按较低等级收货，退差价：" : "等级不符拒收：") + change.titleZh(),
                "grade-answer:" + orderNumber + ":" + skuId);
        return views("order_number = ? AND sku_id = ?", orderNumber, skuId).get(0);
    }

    /** The lines of a checkout of the buyer's organisation packed in a lower grade. */
    @Transactional(readOnly = true)
    public List<GradeChangeView> ofGroup(Actor buyer, String groupNumber) {
        ofBuyersOrganisation(buyer, groupNumber);
        return views("group_number = ?", groupNumber);
    }

    /** The lines of one of the shop's orders packed in a lower grade. */
    @Transactional(readOnly = true)
    public List<GradeChangeView> ofShopOrder(Actor staff, String orderNumber) {
        orders.shopOrder(staff, orderNumber);
        return views("order_number = ?", orderNumber);
    }

    private void ofBuyersOrganisation(Actor buyer, String groupNumber) {
        LineSettlements.ofBuyersOrganisation(orders, organisations, buyer, groupNumber);
    }

    private List<GradeChangeView> views(String where, Object... parameters) {
        return sql.query(
                "SELECT * FROM wholesale_grade_change WHERE " + where + " ORDER BY order_number, sku_id",
                GradeChanges::view,
                parameters);
    }

    private static GradeChangeView view(ResultSet row) throws SQLException {
        return new GradeChangeView(
                row.getString("order_number"),
                row.getString("group_number"),
                row.getLong("sku_id"),
                row.getString("title_zh"),
                row.getInt("packs"),
                Grade.valueOf(row.getString("ordered_grade")),
                Grade.valueOf(row.getString("packed_grade")),
                row.getBigDecimal("line_total"),
                row.getBigDecimal("offered_total"),
                GradeChangeState.valueOf(row.getString("state")),
                row.getTimestamp("declared_at").toInstant());
    }
}
