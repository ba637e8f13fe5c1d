package org.techan.storefront.tools;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.techan.orders.Funder;
import org.techan.platform.Actor;
import org.techan.platform.MarketCalendar;
import org.techan.platform.Role;
import org.techan.promotions.CampaignRule;
import org.techan.promotions.CampaignState;
import org.techan.promotions.CampaignView;
import org.techan.promotions.CreateCampaignCommand;
import org.techan.promotions.CreateFestivalCommand;
import org.techan.promotions.EnrolCommand;
import org.techan.promotions.FestivalDateRule;
import org.techan.promotions.PromotionsApi;

/** Festivals and live campaigns for the benchmarks, made as an operator and the shops would. */
final class BenchmarkCampaigns {

    static final Actor OPERATOR = new Actor(0, Role.OPERATOR);

    private BenchmarkCampaigns() {}

    /** A festival running today for 30 days (started two days ago, never on a 29 February). */
    static void festivalRunningToday(PromotionsApi promotions, String slug) {
        LocalDate start = MarketCalendar.today(Clock.systemUTC()).minusDays(2);
        if (start.getMonthValue() == 2 && start.getDayOfMonth() == 29) {
            start = start.minusDays(1);
        }
        promotions.createFestival(
                OPERATOR,
                new CreateFestivalCommand(
                        slug,
                        "基准测试节 " + slug,
                        null,
                        null,
                        null,
                        FestivalDateRule.fixed(start.getMonthValue(), start.getDayOfMonth()),
                        30,
                        0,
                        null));
    }

    /**
     * A campaign of the festival, live, with these SKUs enrolled by their shop's staff and approved;
     * a SKU's price is its 直降 price (none for the other rules).
     */
    static long live(
            PromotionsApi promotions, String festival, String name, CampaignRule rule, Map<Long, Enrolment> skus) {
        CampaignView campaign = promotions.createCampaign(
                OPERATOR,
                new CreateCampaignCommand(festival, name, null, null, null, null, Funder.SHOP, rule, null, null));
        promotions.moveCampaign(OPERATOR, campaign.id(), CampaignState.ENROLMENT, null);
        skus.forEach((sku, enrolment) -> promotions.reviewEnrolment(
                OPERATOR,
                promotions
                        .enrol(enrolment.staff(), campaign.id(), new EnrolCommand(sku, enrolment.price(), null))
                        .id(),
                true,
                null));
        for (CampaignState state : List.of(CampaignState.REVIEW, CampaignState.WARM_UP, CampaignState.LIVE)) {
            promotions.moveCampaign(OPERATOR, campaign.id(), state, null);
        }
        return campaign.id();
    }

    /** Who enrols a SKU, and at which 直降 price (none for the other rules). */
    record Enrolment(Actor staff, BigDecimal price) {}
}
