package org.techan.wholesale.internal;

import java.util.List;
import org.techan.platform.ConflictException;

/**
 * A bulk order's line is settled once, by weight or by grade: re-priced both ways, it could be
 * refunded more than it cost. Each settlement claims the line first, in its own transaction; the
 * primary key lets only one claim in, even when both come at once.
 */
final class LineSettlements {

    enum Kind {
        WEIGHT,
        GRADE
    }

    private LineSettlements() {}

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
