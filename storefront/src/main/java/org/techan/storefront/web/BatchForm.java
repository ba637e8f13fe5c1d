package org.techan.storefront.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.techan.catalog.InspectionResult;
import org.techan.catalog.ProductView;
import org.techan.catalog.ReceiveBatchCommand;

/** The stock-receipt form as the browser sends it; unreadable values are left for the catalog to refuse. */
@Serdeable
record BatchForm(
        @Nullable String skuId,
        @Nullable String quantity,
        @Nullable String harvestDate,
        @Nullable String basePlot,
        @Nullable String inputs,
        @Nullable String inspectionAgency,
        @Nullable String inspectionReport,
        @Nullable String inspectionResult,
        @Nullable String processingSteps) {

    /** SKU ids not of this product become -1, which the catalog answers with "not found". */
    ReceiveBatchCommand toCommand(ProductView product) {
        long sku = product.skus().stream()
                .filter(s -> Long.toString(s.id()).equals(skuId))
                .mapToLong(s -> s.id())
                .findFirst()
                .orElse(-1);
        return new ReceiveBatchCommand(
                sku,
                FormValues.integer(quantity),
                FormValues.date(harvestDate),
                basePlot,
                inputs,
                inspectionAgency,
                inspectionReport,
                FormValues.constant(InspectionResult.class, inspectionResult),
                processingSteps);
    }
}
