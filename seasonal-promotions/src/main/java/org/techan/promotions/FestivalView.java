package org.techan.promotions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * A festival with its current or next edition: from {@code warmUpFrom} it is shown with a
 * countdown, from {@code startsOn} to {@code endsOn} (both included) it runs.
 */
@Serdeable
public record FestivalView(
        String slug,
        String nameZh,
        @Nullable String nameEn,
        @Nullable String descriptionZh,
        @Nullable String descriptionEn,
        FestivalDateRule rule,
        int lengthDays,
        int warmUpDays,
        @Nullable String pavilionSlug,
        LocalDate warmUpFrom,
        LocalDate startsOn,
        LocalDate endsOn,
        FestivalPhase phase) {}
