package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Money went back to the buyer of an order; {@code complete} once all of it has. {@code lines}
 * says which lines it was for when the refund names them (an after-sale request), adding up to
 * {@code amount}; none for an amount on the whole order.
 */
@Serdeable
public record OrderRefunded(
        String orderNumber, BigDecimal amount, boolean complete, @Nullable List<RefundedLine> lines) {}
