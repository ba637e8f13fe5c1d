package org.techan.promotions.internal;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.techan.platform.Actor;
import org.techan.promotions.CampaignState;
import org.techan.promotions.CampaignView;
import org.techan.promotions.ClaimedCouponView;
import org.techan.promotions.CouponView;
import org.techan.promotions.CreateCampaignCommand;
import org.techan.promotions.CreateCouponCommand;
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

    private final Coupons coupons;
    private final CouponWallets wallets;
    private final LiveDeals deals;
    private final CouponShelf shelf;

    PromotionsFacade(
            Festivals festivals,
            Campaigns campaigns,
            Enrolments enrolments,
            Coupons coupons,
            CouponWallets wallets,
            LiveDeals deals,
            CouponShelf shelf) {
        this.deals = deals;
        this.shelf = shelf;
        this.coupons = coupons;
        this.wallets = wallets;
        this.festivals = festivals;
        this.campaigns = campaigns;
        this.enrolments = enrolments;
    }

    @Override
    public CampaignView createCampaign(Actor operator, CreateCampaignCommand command) {
        try {
            return campaigns.create(operator, command);
        } catch (RequestKeys.Repeated repeated) {
            return campaigns.byRequestKey(repeated.key()).orElseThrow(() -> repeated);
        }
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

    @Override
    public CouponView issueCoupon(Actor issuer, CreateCouponCommand command) {
        CouponView issued;
        try {
            issued = coupons.issue(issuer, command);
        } catch (RequestKeys.Repeated repeated) {
            return coupons.byRequestKey(repeated.key())
                    .orElseThrow(() -> new org.techan.platform.ConflictException(
                            "coupon.code.taken", String.valueOf(repeated.code())));
        }
        shelf.changed();
        return issued;
    }

    @Override
    public List<CouponView> claimableCoupons(String shopSlug) {
        return coupons.claimable(shopSlug);
    }

    @Override
    public List<CouponView> couponsForProductPage(String shopSlug, int limit) {
        return shelf.forShop(shopSlug, Math.max(0, Math.min(limit, 20)));
    }

    @Override
    public List<CouponView> issuedCoupons(Actor issuer) {
        return coupons.issuedBy(issuer);
    }

    @Override
    public CouponView stopCoupon(Actor issuer, long couponId) {
        CouponView stopped = coupons.stop(issuer, couponId);
        shelf.changed();
        return stopped;
    }

    @Override
    public ClaimedCouponView claimCoupon(Actor consumer, long couponId) {
        ClaimedCouponView claimed = coupons.claim(consumer, couponId);
        shelf.changed();
        return claimed;
    }

    @Override
    public ClaimedCouponView claimCouponByCode(Actor consumer, String code) {
        ClaimedCouponView claimed = coupons.claimByCode(consumer, code);
        shelf.changed();
        return claimed;
    }

    @Override
    @io.micronaut.transaction.annotation.Transactional(readOnly = true)
    public List<ClaimedCouponView> wallet(Actor consumer) {
        if (consumer == null || consumer.role() != org.techan.platform.Role.CONSUMER) {
            throw new org.techan.platform.NotAllowedException("coupon.consumers-only");
        }
        return wallets.of(consumer.accountId());
    }

    @Override
    public List<CampaignView> recentCampaigns(Actor operator) {
        return campaigns.recent(operator);
    }

    @Override
    public List<CampaignView> campaignsOpenForEnrolment(Actor staff) {
        return campaigns.openTo(staff);
    }

    @Override
    public List<org.techan.promotions.CampaignDay> campaignReport(Actor operator, long campaignId) {
        return campaigns.report(operator, campaignId);
    }

    @Override
    public java.util.Map<Long, org.techan.promotions.SkuDeal> liveDeals(
            java.util.Map<Long, java.math.BigDecimal> prices) {
        return deals.of(prices);
    }
}
