package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Where and when an order is collected. The code is shown to its buyer only, once the order is
 * ready at the store; {@code collectBy} is when an unclaimed order falls to the no-show policy.
 */
@Serdeable
public record PickupView(StoreView store, LocalDate day, @Nullable String code, @Nullable Instant collectBy) {}
