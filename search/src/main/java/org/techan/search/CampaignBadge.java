package org.techan.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The live campaign a result card shows on a product: its name, the kind of its rule (a name of
 * the promotions module's rule kinds: PRICE_CUT, PERCENT_OFF, AMOUNT_OFF, PIECES_PERCENT_OFF,
 * FREE_DELIVERY) and, for a campaign price (直降, 折扣), the lowest one among the product's SKUs.
 *
 * @param price null under a threshold or delivery rule
 * @param until the campaign's last day: a badge is not shown after it, even before reindexing
 */
@Serdeable
public record CampaignBadge(
        long campaignId,
        String campaignNameZh,
        @Nullable String campaignNameEn,
        String kind,
        @Nullable BigDecimal price,
        LocalDate until) {}
