package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import org.techan.catalog.PurchaseRule;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SkuView;

@MappedEntity("catalog_sku")
record SkuRow(
        @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("product_id") long productId,
        int position,
        @MappedProperty("spec_zh") String specZh,
        @Nullable @MappedProperty("spec_en") String specEn,
        SaleUnit unit,
        @MappedProperty("net_weight_grams") int netWeightGrams,
        BigDecimal price,
        int available,
        @MappedProperty("min_quantity") int minQuantity,
        @MappedProperty("quantity_step") int quantityStep,
        @Nullable @MappedProperty("max_per_order") Integer maxPerOrder,
        @Nullable @MappedProperty("max_per_buyer") Integer maxPerBuyer,
        @MappedProperty("buyer_window_days") int buyerWindowDays,
        @Version int version) {

    SkuRow revisedTo(SkuRow revision) {
        return new SkuRow(
                id,
                productId,
                position,
                revision.specZh(),
                revision.specEn(),
                revision.unit(),
                revision.netWeightGrams(),
                revision.price(),
                available,
                revision.minQuantity(),
                revision.quantityStep(),
                revision.maxPerOrder(),
                revision.maxPerBuyer(),
                revision.buyerWindowDays(),
                version);
    }

    SkuView view() {
        return new SkuView(
                id,
                specZh,
                specEn,
                unit,
                netWeightGrams,
                price,
                available,
                new PurchaseRule(minQuantity, quantityStep, maxPerOrder, maxPerBuyer, buyerWindowDays));
    }
}
