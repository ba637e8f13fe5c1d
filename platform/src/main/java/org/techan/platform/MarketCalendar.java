package org.techan.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The marketplace's calendar day: harvests, certificate and licence periods and seasons are days
 * in China, whatever zone a server runs in.
 */
public final class MarketCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private MarketCalendar() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
