package org.techan.promotions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.techan.orders.Funder;
import org.techan.orders.PricingStage;

/**
 * A campaign, its dates (the festival edition it runs on), its scope, its rule, what it may spend
 * and has spent, whether it also reaches business buyers at wholesale prices, and every move it
 * made.
 */
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
        CampaignRule rule,
        @Nullable BigDecimal budget,
        BigDecimal spent,
        Set<PricingStage> excludes,
        boolean businessBuyers,
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
