package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Hands an order over at the counter against its pickup code. Lines the buyer refuses because they
 * arrived damaged are refunded (with the reason) and not handed over.
 */
@Serdeable
public record HandOverCommand(
        @Nullable String code, @Nullable List<Long> refusedSkuIds, @Nullable String refusalReason) {}
