package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 采购申请: a quick order whose goods came to more than the organisation's approval threshold, as
 * its buyer sent it, and what became of it.
 *
 * @param lines the file's lines, to be checked again when it is placed
 * @param orderNumber the checkout it became once placed
 */
@Serdeable
public record RequisitionView(
        long id,
        long buyerAccountId,
        String placedBy,
        String purchaseOrder,
        LocalDate deliverOn,
        BigDecimal goods,
        int lineCount,
        RequisitionState state,
        @Nullable String note,
        @Nullable String decidedBy,
        Instant createdAt,
        @Nullable Instant decidedAt,
        @Nullable String orderNumber,
        String lines) {}
