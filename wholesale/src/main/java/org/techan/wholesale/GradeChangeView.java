package org.techan.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * 等级不符: a line of a bulk order packed in a lower grade than ordered, what the buyer paid for it,
 * what the shop asks for it in that grade, and the buyer's answer. Accepted, the difference is
 * refunded; refused, the whole line.
 */
@Serdeable
public record GradeChangeView(
        String orderNumber,
        String groupNumber,
        long skuId,
        String titleZh,
        int packs,
        Grade orderedGrade,
        Grade packedGrade,
        BigDecimal lineTotal,
        BigDecimal offeredTotal,
        GradeChangeState state,
        Instant declaredAt) {

    /** What the buyer gets back on accepting the lower grade. */
    public BigDecimal difference() {
        return lineTotal.subtract(offeredTotal);
    }
}
