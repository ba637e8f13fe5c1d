package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalTime;
import org.techan.catalog.TemperatureClass;

/** A community pickup store as shoppers, clerks and operators see it. */
@Serdeable
public record StoreView(
        String code,
        StoreKind kind,
        String nameZh,
        @Nullable String nameEn,
        String regionCode,
        String street,
        BigDecimal latitude,
        BigDecimal longitude,
        LocalTime opens,
        LocalTime closes,
        LocalTime cutOff,
        int dailyCapacity,
        int chilledCapacity,
        int frozenCapacity,
        int holdDays) {

    /** Whether the store can keep goods of this temperature class at all. */
    public boolean keeps(TemperatureClass temperature) {
        return switch (temperature) {
            case AMBIENT -> true;
            case CHILLED -> chilledCapacity > 0;
            case FROZEN -> frozenCapacity > 0;
        };
    }
}
