package org.techan.orders.internal;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.techan.platform.MarketCalendar;

/** Group numbers a person can read out on the phone: G, the day, eight unambiguous characters. */
@Singleton
class OrderNumbers {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    OrderNumbers(Clock clock) {
        this.clock = clock;
    }

    String nextGroup() {
        StringBuilder number = new StringBuilder("G").append(DAY.format(MarketCalendar.today(clock)));
        for (int i = 0; i < 8; i++) {
            number.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return number.toString();
    }

    /** The n-th order (from 1) of a group. */
    static String order(String groupNumber, int n) {
        return groupNumber + "-" + n;
    }
}
