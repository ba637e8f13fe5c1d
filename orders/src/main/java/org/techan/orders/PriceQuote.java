package org.techan.orders;

import java.math.BigDecimal;
import java.util.Map;

/** The unit price each SKU sells at in this checkout (exact yuan, two decimals). */
public record PriceQuote(Map<Long, BigDecimal> unitPrices) {}
