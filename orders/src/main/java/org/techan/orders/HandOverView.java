package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** The order a pickup code opened at the counter: what to hand over, to whom. */
@Serdeable
public record HandOverView(
        String orderNumber,
        String shopNameZh,
        String recipient,
        String phoneEnding,
        LocalDate day,
        List<OrderLineView> lines) {}
