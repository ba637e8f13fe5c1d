package org.techan.promotions;

import java.util.List;
import org.techan.platform.Actor;

/** Seasonal promotions: the festival calendar, campaigns and the SKUs shops enrol in them. */
public interface PromotionsApi {

    /**
     * Adds a festival to the calendar.
     *
     * @throws org.techan.platform.NotAllowedException unless an operator asks
     * @throws org.techan.platform.RuleViolationException for a date rule or name that is not valid
     * @throws org.techan.platform.ConflictException when the slug is taken
     */
    FestivalView createFestival(Actor operator, CreateFestivalCommand command);

    /** Festivals running or in warm-up today, then those starting within {@code days}, soonest first. */
    List<FestivalView> festivalsOnAndComing(int days);

    /**
     * A festival with its current or next edition.
     *
     * @throws org.techan.platform.NotFoundException for an unknown slug
     */
    FestivalView festival(String slug);

    /** The dates a rule gives in {@code year}: what an operator checks before saving a festival. */
    java.time.LocalDate dateIn(FestivalDateRule rule, int year);

    /**
     * Plans a campaign on a festival's current or next edition, in DRAFT.
     *
     * @throws org.techan.platform.NotAllowedException unless an operator asks
     * @throws org.techan.platform.NotFoundException for an unknown festival
     * @throws org.techan.platform.RuleViolationException for a name or scope that is not valid
     */
    CampaignView createCampaign(Actor operator, CreateCampaignCommand command);

    /**
     * Moves a campaign to {@code to}, recorded with who, when and the note (required to stop it).
     *
     * @throws org.techan.platform.ConflictException for a move its state does not allow; nothing changes
     */
    CampaignView moveCampaign(
            Actor operator, long campaignId, CampaignState to, @io.micronaut.core.annotation.Nullable String note);

    CampaignView campaign(long campaignId);

    List<CampaignView> campaignsOf(String festivalSlug);

    /**
     * Enrols one of the staff's shop's SKUs in a campaign open for enrolment, at a price below its
     * current price.
     *
     * @throws org.techan.platform.ConflictException when enrolment is closed or the SKU is enrolled already
     * @throws org.techan.platform.RuleViolationException for a price not below the current one, or a SKU out of scope
     */
    EnrolmentView enrol(Actor staff, long campaignId, EnrolCommand command);

    /**
     * Approves an enrolment, or refuses it with a reason.
     *
     * @throws org.techan.platform.ConflictException once answered, or once the campaign left enrolment and review
     */
    EnrolmentView reviewEnrolment(
            Actor operator, long enrolmentId, boolean approve, @io.micronaut.core.annotation.Nullable String reason);

    /** A campaign's enrolments: all of them for operators, their shop's own for shop staff. */
    List<EnrolmentView> enrolments(Actor actor, long campaignId);

    /**
     * The SKUs approved for a festival's campaigns that are warming up or live, campaign by
     * campaign: what the festival page shows, at most {@code limit}.
     */
    List<FestivalOffer> festivalOffers(String festivalSlug, int limit);

    /**
     * Issues a coupon: an operator's for the platform, shop staff's for their shop.
     *
     * @throws org.techan.platform.NotAllowedException for anyone else
     * @throws org.techan.platform.RuleViolationException for figures or days that do not make a coupon
     * @throws org.techan.platform.ConflictException when its code is taken
     */
    CouponView issueCoupon(Actor issuer, CreateCouponCommand command);

    /** Coupons buyers can claim today (the platform's first); only {@code shopSlug}'s when given. */
    List<CouponView> claimableCoupons(@io.micronaut.core.annotation.Nullable String shopSlug);

    /**
     * What a product page of the shop offers to claim, at most {@code limit} (up to 20): the
     * platform's coupons, then the shop's, from a list a few seconds old at most.
     */
    List<CouponView> couponsForProductPage(String shopSlug, int limit);

    /** The platform's coupons for an operator, the shop's own for its staff. */
    List<CouponView> issuedCoupons(Actor issuer);

    /**
     * Stops a coupon being claimed; coupons claimed already stay usable.
     *
     * @throws org.techan.platform.NotFoundException for a coupon not the issuer's own
     */
    CouponView stopCoupon(Actor issuer, long couponId);

    /**
     * Claims a coupon for a consumer.
     *
     * @throws org.techan.platform.ConflictException when it cannot be claimed today, is all
     *     claimed, or the buyer holds as many as they may
     */
    ClaimedCouponView claimCoupon(Actor consumer, long couponId);

    /** Claims the coupon a code names, as {@link #claimCoupon} does. */
    ClaimedCouponView claimCouponByCode(Actor consumer, String code);

    /** A consumer's coupons: those not yet expired (used ones too), then those ended in the last 30 days. */
    List<ClaimedCouponView> wallet(Actor consumer);

    /** The newest campaigns of every festival, for operators. */
    List<CampaignView> recentCampaigns(Actor operator);

    /** The campaigns taking enrolments that the staff's shop may enrol in. */
    List<CampaignView> campaignsOpenForEnrolment(Actor staff);

    /** A campaign's report day by day (operators). */
    List<CampaignDay> campaignReport(Actor operator, long campaignId);

    /**
     * What the live campaigns offer on these SKUs (SKU id to its price now), for product pages:
     * read from the same short-lived snapshot checkout prices with.
     */
    java.util.Map<Long, SkuDeal> liveDeals(java.util.Map<Long, java.math.BigDecimal> prices);
}
