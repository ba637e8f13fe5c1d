package org.techan.search;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A product's part in festivals: the festivals whose campaigns (warming up or live) sell it, which
 * the "in this festival" filter matches, and the badge of the live campaign that serves it best.
 *
 * @param badge null while none of its campaigns is live
 */
public record ProductPromotion(List<String> festivalSlugs, @Nullable CampaignBadge badge) {

    public ProductPromotion {
        festivalSlugs = List.copyOf(festivalSlugs);
    }
}
