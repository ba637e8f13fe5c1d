package org.techan.promotions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.techan.orders.Funder;

/** A campaign, its dates (the festival edition it runs on), its scope and every move it made. */
@Serdeable
public record CampaignView(
        long id,
        String festivalSlug,
        String nameZh,
        @Nullable String nameEn,
        CampaignState state,
        LocalDate warmUpFrom,
        LocalDate startsOn,
        LocalDate endsOn,
        Funder funder,
        List<String> pavilionSlugs,
        List<String> categorySlugs,
        List<String> shopSlugs,
        List<Move> moves) {

    /** One move: from which state to which, by whom (account and role), why, when. */
    @Serdeable
    public record Move(
            @Nullable CampaignState from,
            CampaignState to,
            long actorId,
            String role,
            @Nullable String note,
            Instant at) {}
}
