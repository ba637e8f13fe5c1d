package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** One way a product is sold: "5 斤 家庭装" at ¥88.00, say. Stock arrives through batches. */
@Serdeable
public record SkuCommand(
        @Nullable String specZh,
        @Nullable String specEn,
        @Nullable SaleUnit unit,
        int netWeightGrams,
        @Nullable BigDecimal price) {}
