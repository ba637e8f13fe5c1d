package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * What one buyer bought in a period: their paid orders (placed in it, not cancelled), the goods in
 * them, and what was refunded on those orders so far.
 */
@Serdeable
public record BuyerSales(long accountId, int orders, BigDecimal goods, BigDecimal refunded) {}
