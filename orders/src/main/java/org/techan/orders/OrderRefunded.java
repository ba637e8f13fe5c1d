package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** Money went back to the buyer of an order; {@code complete} once all of it has. */
@Serdeable
public record OrderRefunded(String orderNumber, BigDecimal amount, boolean complete) {}
