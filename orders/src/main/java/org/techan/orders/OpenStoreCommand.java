package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalTime;

/**
 * A community pickup store: where it is, when it is open, the cut-off for next-day collection,
 * how many orders a day it takes and how many of them it can keep chilled or frozen, and how many
 * days it holds an unclaimed order.
 */
@Serdeable
public record OpenStoreCommand(
        @Nullable String code,
        @Nullable StoreKind kind,
        @Nullable String nameZh,
        @Nullable String nameEn,
        @Nullable String regionCode,
        @Nullable String street,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude,
        @Nullable LocalTime opens,
        @Nullable LocalTime closes,
        @Nullable LocalTime cutOff,
        int dailyCapacity,
        int chilledCapacity,
        int frozenCapacity,
        int holdDays) {}
