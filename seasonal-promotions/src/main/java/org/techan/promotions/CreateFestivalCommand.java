package org.techan.promotions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A festival an operator adds to the calendar.
 *
 * @param lengthDays how many days it runs, 1 to 60
 * @param warmUpDays how many days before it starts it is shown with a countdown, 0 to 30
 * @param pavilionSlug the pavilion of a local festival (洛阳牡丹文化节); null for a national one
 */
@Serdeable
public record CreateFestivalCommand(
        @Nullable String slug,
        String nameZh,
        @Nullable String nameEn,
        @Nullable String descriptionZh,
        @Nullable String descriptionEn,
        FestivalDateRule rule,
        int lengthDays,
        int warmUpDays,
        @Nullable String pavilionSlug) {}
