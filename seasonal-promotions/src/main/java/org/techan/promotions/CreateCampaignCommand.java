package org.techan.promotions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.techan.orders.Funder;
import org.techan.orders.PricingStage;

/**
 * A campaign an operator plans for a festival: it runs on the festival's current or next edition.
 * Empty scope lists mean no limit; otherwise an enrolled SKU must come from one of the pavilions'
 * regions, be in one of the categories and belong to one of the shops.
 *
 * @param funder who pays for the price cuts: the shop (the usual), the platform or the pavilion
 * @param rule what it takes off; 直降 (each enrolment names its price) when none is given
 * @param budget the most its discounts may take off in all; none for no limit
 * @param excludes the later pricing stages that may take nothing more off what it discounted (a
 *     campaign price that takes no coupon, say)
 * @param requestKey the request's own key (a form's, or an API client's idempotency key): the same
 *     key again answers the campaign it made, however often and however simultaneously sent
 * @param businessBuyers whether it also reaches business buyers' lines at wholesale prices
 *     (批发采购也适用); none or false: consumers only
 */
@Serdeable
public record CreateCampaignCommand(
        String festivalSlug,
        String nameZh,
        @Nullable String nameEn,
        @Nullable List<String> pavilionSlugs,
        @Nullable List<String> categorySlugs,
        @Nullable List<String> shopSlugs,
        @Nullable Funder funder,
        @Nullable CampaignRule rule,
        @Nullable BigDecimal budget,
        @Nullable Set<PricingStage> excludes,
        @Nullable String requestKey,
        @Nullable Boolean businessBuyers) {

    /** A command without a request key: sent twice, it makes two campaigns. */
    public CreateCampaignCommand(
            String festivalSlug,
            String nameZh,
            @Nullable String nameEn,
            @Nullable List<String> pavilionSlugs,
            @Nullable List<String> categorySlugs,
            @Nullable List<String> shopSlugs,
            @Nullable Funder funder,
            @Nullable CampaignRule rule,
            @Nullable BigDecimal budget,
            @Nullable Set<PricingStage> excludes) {
        this(
                festivalSlug,
                nameZh,
                nameEn,
                pavilionSlugs,
                categorySlugs,
                shopSlugs,
                funder,
                rule,
                budget,
                excludes,
                null,
                null);
    }

    /** Whether the campaign also reaches business buyers. */
    public boolean reachesBusinessBuyers() {
        return Boolean.TRUE.equals(businessBuyers);
    }
}
