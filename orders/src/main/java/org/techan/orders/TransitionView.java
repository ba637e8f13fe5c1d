package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One step of an order's timeline; no actor means the marketplace itself (an expiry, a payment notice). */
@Serdeable
public record TransitionView(
        @Nullable OrderState from, OrderState to, @Nullable String actorRole, @Nullable String note, Instant at) {}
