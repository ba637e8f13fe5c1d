package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A stock receipt for one SKU: how many units, and the facts a buyer can trace. */
@Serdeable
public record ReceiveBatchCommand(
        long skuId,
        int quantity,
        @Nullable LocalDate harvestDate,
        @Nullable String basePlot,
        @Nullable String inputs,
        @Nullable String inspectionAgency,
        @Nullable String inspectionReport,
        @Nullable InspectionResult inspectionResult,
        @Nullable String processingSteps) {}
