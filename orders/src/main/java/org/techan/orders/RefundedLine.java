package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * Part of a refund that was for one line: its SKU, how many units went back (none for a price
 * difference such as a weighing shortfall), and how much money.
 */
@Serdeable
public record RefundedLine(long skuId, int quantity, BigDecimal amount) {}
