package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A batch as its trace page shows it: origin, inputs, inspection, processing; no personal data.
 * {@code remaining} counts units neither sold nor held for an order.
 */
@Serdeable
public record BatchView(
        String traceCode,
        long productId,
        long skuId,
        int quantity,
        int remaining,
        LocalDate harvestDate,
        String basePlot,
        @Nullable String inputs,
        @Nullable String inspectionAgency,
        @Nullable String inspectionReport,
        InspectionResult inspectionResult,
        @Nullable String processingSteps,
        Instant receivedAt,
        @Nullable Instant recalledAt,
        @Nullable String recallReason) {

    public boolean recalled() {
        return recalledAt != null;
    }
}
