package org.techan.wholesale.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.OrdersApi;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;

/**
 * Settling a bulk order's lines at packing, by weight or by grade. A line is settled once:
 * re-priced both ways, it could be refunded more than it cost. Each settlement claims the line first, in its own transaction; the
 * primary key lets only one claim in, even when both come at once.
 */
final class LineSettlements {

    enum Kind {
        WEIGHT,
        GRADE
    }

    /** A line is settled while its order is packed: paid, or packed and not yet gone. */
    private static final Set<OrderState> PACKING = EnumSet.of(OrderState.PAID, OrderState.PACKED);

    private LineSettlements() {}

    /**
     * One of the shop's bulk orders, while it is being packed.
     *
     * @throws org.techan.platform.NotFoundException for another shop's order
     * @throws ConflictException for an order that is no bulk order or is past packing
     */
    static OrderView atPacking(OrdersApi orders, Actor staff, String orderNumber) {
        OrderView order = orders.shopOrder(staff, orderNumber);
        if (order.business() == null) {
            throw new ConflictException("wholesale.weighing.not-bulk", orderNumber);
        }
        if (!PACKING.contains(order.state())) {
            throw new ConflictException("wholesale.weighing.not-packing", orderNumber);
        }
        return order;
    }

    /**
     * Checks that a checkout is one of the buyer's organisation's.
     *
     * @throws org.techan.platform.NotFoundException for another organisation's
     */
    static void ofBuyersOrganisation(OrdersApi orders, Organisations organisations, Actor buyer, String groupNumber) {
        orders.orderGroupOfBuyers(organisations.organisationOf(buyer).memberIds(), groupNumber);
    }

    /**
     * Claims the line for one settlement.
     *
     * @throws ConflictException when it was settled before, either way
     */
    static void claim(WholesaleSql sql, String orderNumber, long skuId, Kind kind, String title) {
        try {
            sql.update(
                    "INSERT INTO wholesale_line_settlement (order_number, sku_id, kind) VALUES (?, ?, ?)",
                    orderNumber,
                    skuId,
                    kind.name());
        } catch (RuntimeException failure) {
            if (WholesaleSql.duplicateKey(failure)) {
                List<String> before = sql.query(
                        "SELECT kind FROM wholesale_line_settlement WHERE order_number = ? AND sku_id = ?",
                        row -> row.getString(1),
                        orderNumber,
                        skuId);
                boolean again = before.contains(kind.name());
                throw new ConflictException(
                        again
                                ? kind == Kind.WEIGHT ? "wholesale.weighing.weighed" : "wholesale.grade.declared"
                                : "wholesale.settlement.settled",
                        title);
            }
            throw failure;
        }
    }
}
