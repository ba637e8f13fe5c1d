package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A shop's producing base as its staff describe it: a name, the national division it lies in (a
 * county or a township, by code) and the address there, what it yields a year in tonnes, and the
 * months it harvests (1 to 12).
 */
@Serdeable
public record ProducingBaseCommand(
        @Nullable String name,
        @Nullable String regionCode,
        @Nullable String address,
        @Nullable BigDecimal capacityTonnes,
        @Nullable List<Integer> harvestMonths) {}
