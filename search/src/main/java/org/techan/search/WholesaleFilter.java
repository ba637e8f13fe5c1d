package org.techan.search;

import io.micronaut.core.annotation.Nullable;
import java.util.Set;

/**
 * The wholesale catalogue's part of a search: only products offered wholesale, and of those the
 * ones in the grades and packs ticked (alternatives within each), whose smallest minimum order is
 * at most {@code fewestPacksAtMost}, from one shop's producing base. Empty or null parts do not
 * filter.
 */
public record WholesaleFilter(
        Set<String> grades, Set<String> packs, @Nullable Integer fewestPacksAtMost, @Nullable String producingBase) {

    public WholesaleFilter {
        grades = grades == null ? Set.of() : Set.copyOf(grades);
        packs = packs == null ? Set.of() : Set.copyOf(packs);
    }

    /** Every product offered wholesale. */
    public static WholesaleFilter anyOffer() {
        return new WholesaleFilter(Set.of(), Set.of(), null, null);
    }
}
