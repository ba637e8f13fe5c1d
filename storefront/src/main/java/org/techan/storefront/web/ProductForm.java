package org.techan.storefront.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.techan.catalog.ProductView;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SaveProductCommand;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;

/**
 * The back office's product form as the browser sends it: every field a string, so a typo in a
 * number comes back as the catalog's own message about that field instead of a bare 400.
 */
@Serdeable
record ProductForm(
        @Nullable String categorySlug,
        @Nullable String titleZh,
        @Nullable String titleEn,
        @Nullable String descriptionZh,
        @Nullable String descriptionEn,
        @Nullable String originCode,
        @Nullable String province,
        @Nullable String city,
        @Nullable String county,
        @Nullable String township,
        @Nullable String village,
        @Nullable String temperature,
        @Nullable String shelfLifeDays,
        @Nullable List<String> harvestMonths,
        @Nullable String povertyRelief,
        @Nullable String skuSpecZh,
        @Nullable String skuSpecEn,
        @Nullable String skuUnit,
        @Nullable String skuNetWeightGrams,
        @Nullable String skuPrice,
        @Nullable String skuMinQuantity,
        @Nullable String skuQuantityStep,
        @Nullable String skuMaxPerOrder,
        @Nullable String skuMaxPerBuyer,
        @Nullable String skuBuyerWindowDays) {

    static ProductForm blank(String originCode) {
        return new ProductForm(
                null,
                "",
                "",
                "",
                "",
                originCode,
                null,
                null,
                null,
                null,
                null,
                "AMBIENT",
                "",
                List.of(),
                null,
                "",
                "",
                "BOX",
                "",
                "",
                "",
                "",
                "",
                "",
                "30");
    }

    static ProductForm of(ProductView product) {
        return new ProductForm(
                product.categorySlug(),
                product.titleZh(),
                product.titleEn(),
                product.descriptionZh(),
                product.descriptionEn(),
                product.originCode(),
                null,
                null,
                null,
                null,
                null,
                product.temperature().name(),
                Integer.toString(product.shelfLifeDays()),
                product.harvestMonths().stream().map(String::valueOf).toList(),
                product.povertyRelief() ? "on" : null,
                "",
                "",
                "BOX",
                "",
                "",
                "",
                "",
                "",
                "",
                "30");
    }

    SaveProductCommand toCommand(boolean withFirstSku) {
        return new SaveProductCommand(
                categorySlug,
                titleZh,
                titleEn,
                descriptionZh,
                descriptionEn,
                origin(),
                FormValues.constant(TemperatureClass.class, temperature),
                FormValues.integer(shelfLifeDays),
                harvestMonths == null
                        ? List.of()
                        : harvestMonths.stream().map(FormValues::integer).toList(),
                povertyRelief != null,
                withFirstSku ? List.of(sku()) : null);
    }

    /** The origin picked level by level, or the code API clients and older pages send. */
    @Nullable
    String origin() {
        return RegionChoices.chosen(originCode, province, city, county, township, village);
    }

    SkuCommand sku() {
        return new SkuCommand(
                skuSpecZh,
                skuSpecEn,
                FormValues.constant(SaleUnit.class, skuUnit),
                FormValues.integer(skuNetWeightGrams),
                FormValues.decimal(skuPrice),
                FormValues.optionalInteger(skuMinQuantity),
                FormValues.optionalInteger(skuQuantityStep),
                FormValues.optionalInteger(skuMaxPerOrder),
                FormValues.optionalInteger(skuMaxPerBuyer),
                FormValues.optionalInteger(skuBuyerWindowDays));
    }

    public boolean hasMonth(int month) {
        return harvestMonths != null && harvestMonths.contains(Integer.toString(month));
    }
}
