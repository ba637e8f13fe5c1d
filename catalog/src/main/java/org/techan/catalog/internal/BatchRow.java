package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.techan.catalog.BatchView;
import org.techan.catalog.InspectionResult;

@MappedEntity("catalog_batch")
record BatchRow(
        @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("trace_code") String traceCode,
        @MappedProperty("sku_id") long skuId,
        @MappedProperty("product_id") long productId,
        @MappedProperty("shop_id") long shopId,
        int quantity,
        int remaining,
        @MappedProperty("harvest_date") LocalDate harvestDate,
        @MappedProperty("base_plot") String basePlot,
        @Nullable String inputs,
        @Nullable @MappedProperty("inspection_agency") String inspectionAgency,
        @Nullable @MappedProperty("inspection_report") String inspectionReport,
        @MappedProperty("inspection_result") InspectionResult inspectionResult,
        @Nullable @MappedProperty("processing_steps") String processingSteps,
        @MappedProperty("received_at") Instant receivedAt,
        @Nullable @MappedProperty("recalled_at") Instant recalledAt,
        @Nullable @MappedProperty("recall_reason") String recallReason,
        @Version int version) {

    BatchRow recalled(Instant at, String reason) {
        return new BatchRow(
                id,
                traceCode,
                skuId,
                productId,
                shopId,
                quantity,
                0,
                harvestDate,
                basePlot,
                inputs,
                inspectionAgency,
                inspectionReport,
                inspectionResult,
                processingSteps,
                receivedAt,
                at,
                reason,
                version);
    }

    BatchView view() {
        return new BatchView(
                traceCode,
                productId,
                skuId,
                quantity,
                remaining,
                harvestDate,
                basePlot,
                inputs,
                inspectionAgency,
                inspectionReport,
                inspectionResult,
                processingSteps,
                receivedAt,
                recalledAt,
                recallReason);
    }
}
