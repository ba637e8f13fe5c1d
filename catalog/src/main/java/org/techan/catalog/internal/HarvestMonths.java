package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import org.techan.platform.RuleViolationException;

/** Harvest months as a 12-bit set (bit 0 = January), so "in season in June" is one AND. */
final class HarvestMonths {

    private HarvestMonths() {}

    static int toBits(@Nullable List<Integer> months) {
        int bits = 0;
        for (Integer month : months == null ? List.<Integer>of() : months) {
            if (month == null || month < 1 || month > 12) {
                throw new RuleViolationException("product.months.invalid", month);
            }
            bits |= 1 << (month - 1);
        }
        return bits;
    }

    static List<Integer> toList(int bits) {
        List<Integer> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            if ((bits & (1 << (month - 1))) != 0) {
                months.add(month);
            }
        }
        return List.copyOf(months);
    }
}
