package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

@Serdeable
public record SkuView(
        long id,
        String specZh,
        @Nullable String specEn,
        SaleUnit unit,
        int netWeightGrams,
        BigDecimal price,
        int available,
        PurchaseRule purchase) {

    public boolean inStock() {
        return available >= purchase.minQuantity();
    }
}
