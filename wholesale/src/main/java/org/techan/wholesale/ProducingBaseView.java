package org.techan.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A shop's producing base (生产基地): where it is ({@code regionName} the division's path in
 * Chinese, province first), what it yields a year in tonnes, and its harvest months, in order.
 */
@Serdeable
public record ProducingBaseView(
        String shopSlug,
        String name,
        String regionCode,
        String regionName,
        String address,
        BigDecimal capacityTonnes,
        List<Integer> harvestMonths) {

    public ProducingBaseView {
        harvestMonths = List.copyOf(harvestMonths);
    }
}
