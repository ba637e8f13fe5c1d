package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A shop's bulk freight: bands by weight or by volume (null: by weight), lightest first, the last
 * one open; none, and the shop's delivery rule applies.
 */
@Serdeable
public record FreightRules(@Nullable FreightBasis basis, @Nullable List<FreightBand> bands) {

    /** By weight, these bands. */
    public static FreightRules byWeight(List<FreightBand> bands) {
        return new FreightRules(FreightBasis.WEIGHT, bands);
    }
}
