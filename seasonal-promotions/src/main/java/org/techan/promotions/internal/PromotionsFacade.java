package org.techan.promotions.internal;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.techan.platform.Actor;
import org.techan.promotions.CampaignState;
import org.techan.promotions.CampaignView;
import org.techan.promotions.CreateCampaignCommand;
import org.techan.promotions.CreateFestivalCommand;
import org.techan.promotions.EnrolCommand;
import org.techan.promotions.EnrolmentView;
import org.techan.promotions.FestivalDateRule;
import org.techan.promotions.FestivalOffer;
import org.techan.promotions.FestivalView;
import org.techan.promotions.PromotionsApi;

@Singleton
class PromotionsFacade implements PromotionsApi {

    private final Festivals festivals;
    private final Campaigns campaigns;
    private final Enrolments enrolments;

    PromotionsFacade(Festivals festivals, Campaigns campaigns, Enrolments enrolments) {
        this.festivals = festivals;
        this.campaigns = campaigns;
        this.enrolments = enrolments;
    }

    @Override
    public CampaignView createCampaign(Actor operator, CreateCampaignCommand command) {
        return campaigns.create(operator, command);
    }

    @Override
    public CampaignView moveCampaign(Actor operator, long campaignId, CampaignState to, String note) {
        return campaigns.move(operator, campaignId, to, note);
    }

    @Override
    public CampaignView campaign(long campaignId) {
        return campaigns.view(campaignId);
    }

    @Override
    public List<CampaignView> campaignsOf(String festivalSlug) {
        return campaigns.ofFestival(festivalSlug);
    }

    @Override
    public List<FestivalOffer> festivalOffers(String festivalSlug, int limit) {
        return enrolments.offersOf(festivalSlug, limit);
    }

    @Override
    public EnrolmentView enrol(Actor staff, long campaignId, EnrolCommand command) {
        return enrolments.enrol(staff, campaignId, command);
    }

    @Override
    public EnrolmentView reviewEnrolment(Actor operator, long enrolmentId, boolean approve, String reason) {
        return enrolments.review(operator, enrolmentId, approve, reason);
    }

    @Override
    public List<EnrolmentView> enrolments(Actor actor, long campaignId) {
        return enrolments.of(actor, campaignId);
    }

    @Override
    public FestivalView createFestival(Actor operator, CreateFestivalCommand command) {
        return festivals.create(operator, command);
    }

    @Override
    public List<FestivalView> festivalsOnAndComing(int days) {
        return festivals.onAndComing(days);
    }

    @Override
    public FestivalView festival(String slug) {
        return festivals.bySlug(slug);
    }

    @Override
    public LocalDate dateIn(FestivalDateRule rule, int year) {
        return FestivalCalendar.dateIn(rule, year);
    }
}
