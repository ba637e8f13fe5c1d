package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An after-sale request with every step taken on it, oldest first. */
@Serdeable
public record AfterSaleView(
        long id,
        String orderNumber,
        String shopSlug,
        AfterSaleKind kind,
        AfterSaleReason reason,
        BigDecimal amount,
        @Nullable String details,
        AfterSaleState state,
        Instant requestedAt,
        List<Step> steps) {

    /** One move: to which state, by whom (their role), with what note, when. */
    @Serdeable
    public record Step(AfterSaleState state, String by, @Nullable String note, Instant at) {}
}
