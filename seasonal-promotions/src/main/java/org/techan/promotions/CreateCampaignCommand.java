package org.techan.promotions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.techan.orders.Funder;

/**
 * A campaign an operator plans for a festival: it runs on the festival's current or next edition.
 * Empty scope lists mean no limit; otherwise an enrolled SKU must come from one of the pavilions'
 * regions, be in one of the categories and belong to one of the shops.
 *
 * @param funder who pays for the price cuts: the shop (the usual), the platform or the pavilion
 */
@Serdeable
public record CreateCampaignCommand(
        String festivalSlug,
        String nameZh,
        @Nullable String nameEn,
        @Nullable List<String> pavilionSlugs,
        @Nullable List<String> categorySlugs,
        @Nullable List<String> shopSlugs,
        @Nullable Funder funder) {}
