package org.techan.search;

import io.micronaut.core.annotation.Nullable;
import java.util.Set;

/**
 * A product's wholesale offers as the wholesale catalogue filters them: the grades and packs its
 * SKUs are offered in (names of the wholesale module's kinds), the smallest minimum order among them
 * (in packs), and its shop's slug when the shop describes its producing base.
 */
public record WholesaleListing(Set<String> grades, Set<String> packs, int fewestPacks, @Nullable String producingBase) {

    public WholesaleListing {
        grades = Set.copyOf(grades);
        packs = Set.copyOf(packs);
    }
}
