package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** Part of a refund that was for one line: its SKU, how many units, and what went back for them. */
@Serdeable
public record RefundedLine(long skuId, int quantity, BigDecimal amount) {}
