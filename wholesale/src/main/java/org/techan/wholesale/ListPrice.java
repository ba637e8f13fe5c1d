package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** One SKU's price per pack on a price list, whatever the quantity. */
@Serdeable
public record ListPrice(long skuId, @Nullable BigDecimal unitPrice) {}
