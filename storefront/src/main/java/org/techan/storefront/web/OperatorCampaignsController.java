package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.techan.orders.Funder;
import org.techan.orders.PricingStage;
import org.techan.platform.Actor;
import org.techan.platform.DomainException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.RuleViolationException;
import org.techan.promotions.CampaignDay;
import org.techan.promotions.CampaignRule;
import org.techan.promotions.CampaignRuleKind;
import org.techan.promotions.CampaignState;
import org.techan.promotions.CampaignView;
import org.techan.promotions.CouponView;
import org.techan.promotions.CreateCampaignCommand;
import org.techan.promotions.EnrolmentView;
import org.techan.promotions.FestivalView;
import org.techan.promotions.PromotionsApi;

/**
 * Operators' campaigns and platform coupons: plan a campaign, move it through its states, review
 * the shops' enrolments, read its report; issue and stop platform coupons.
 */
@Hidden
@Controller("/ops")
@ExecuteOn(TaskExecutors.BLOCKING)
class OperatorCampaignsController {

    private static final URI LIST = URI.create("/ops/campaigns");

    /** Festivals to plan for: this one and the next year and a half. */
    private static final int PLANNING_DAYS = 550;

    private final PromotionsApi promotions;
    private final FailureText failures;
    private final Clock clock;

    OperatorCampaignsController(PromotionsApi promotions, FailureText failures, Clock clock) {
        this.promotions = promotions;
        this.failures = failures;
        this.clock = clock;
    }

    @View("ops/campaigns")
    @Get(uri = "/campaigns", produces = MediaType.TEXT_HTML)
    CampaignsConsole campaigns(Actor operator) {
        return console(operator, null, null, null);
    }

    @Post(uri = "/campaigns", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> plan(HttpRequest<?> request, Actor operator, @Body CampaignForm form) {
        try {
            CampaignView created = promotions.createCampaign(operator, form.command());
            return HttpResponse.seeOther(URI.create("/ops/campaigns/" + created.id()));
        } catch (DomainException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>(
                            "ops/campaigns", console(operator, failures.of(request, refused), form, null)));
        }
    }

    @View("ops/campaign")
    @Get(uri = "/campaigns/{id}", produces = MediaType.TEXT_HTML)
    CampaignPage campaign(Actor operator, @PathVariable long id) {
        return page(operator, id, null);
    }

    @Post(
            uri = "/campaigns/{id}/moves",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> move(HttpRequest<?> request, Actor operator, @PathVariable long id, @Body MoveForm form) {
        try {
            CampaignState to = FormValues.constant(CampaignState.class, form.to());
            if (to == null) {
                throw new RuleViolationException("campaign.move.required");
            }
            promotions.moveCampaign(operator, id, to, form.note());
            return HttpResponse.seeOther(URI.create("/ops/campaigns/" + id));
        } catch (DomainException refused) {
            return refusedOn(request, operator, id, refused);
        }
    }

    @Post(
            uri = "/campaigns/{id}/enrolments/{enrolmentId}",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> review(
            HttpRequest<?> request,
            Actor operator,
            @PathVariable long id,
            @PathVariable long enrolmentId,
            @Body ReviewForm form) {
        try {
            promotions.reviewEnrolment(operator, enrolmentId, "APPROVE".equals(form.answer()), form.reason());
            return HttpResponse.seeOther(URI.create("/ops/campaigns/" + id));
        } catch (DomainException refused) {
            return refusedOn(request, operator, id, refused);
        }
    }

    @Post(uri = "/coupons", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> issue(HttpRequest<?> request, Actor operator, @Body CouponForm form) {
        try {
            promotions.issueCoupon(operator, form.command());
            return HttpResponse.seeOther(URI.create("/ops/campaigns#platform-coupons"));
        } catch (DomainException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>(
                            "ops/campaigns", console(operator, failures.of(request, refused), null, form)));
        }
    }

    @Post(uri = "/coupons/{id}/stop", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> stop(HttpRequest<?> request, Actor operator, @PathVariable long id) {
        try {
            promotions.stopCoupon(operator, id);
            return HttpResponse.seeOther(LIST);
        } catch (DomainException refused) {
            return HttpResponse.status(ErrorResponses.statusOf(refused))
                    .body(new ModelAndView<>(
                            "ops/campaigns", console(operator, failures.of(request, refused), null, null)));
        }
    }

    private HttpResponse<?> refusedOn(HttpRequest<?> request, Actor operator, long id, DomainException why) {
        return HttpResponse.status(ErrorResponses.statusOf(why))
                .body(new ModelAndView<>("ops/campaign", page(operator, id, failures.of(request, why))));
    }

    private CampaignsConsole console(
            Actor operator, @Nullable String error, @Nullable CampaignForm form, @Nullable CouponForm coupon) {
        return new CampaignsConsole(
                promotions.recentCampaigns(operator),
                promotions.festivalsOnAndComing(PLANNING_DAYS),
                promotions.issuedCoupons(operator),
                Arrays.asList(CampaignRuleKind.values()),
                error,
                form == null ? CampaignForm.EMPTY : form,
                // Made with the blank form and kept beside a refusal: a double click plans one campaign.
                form != null && form.requestKey() != null
                        ? form.requestKey()
                        : java.util.UUID.randomUUID().toString(),
                coupon == null ? CouponForm.fresh(MarketCalendar.today(clock)) : coupon);
    }

    private CampaignPage page(Actor operator, long id, @Nullable String error) {
        CampaignView campaign = promotions.campaign(id);
        List<CampaignState> next = new ArrayList<>(campaign.state().next());
        next.sort(null);
        return new CampaignPage(
                campaign, promotions.enrolments(operator, id), next, promotions.campaignReport(operator, id), error);
    }

    /** A campaign as an operator types it; the rule's fields are read by its kind. */
    @Serdeable
    record CampaignForm(
            @Nullable String festivalSlug,
            @Nullable String nameZh,
            @Nullable String nameEn,
            @Nullable String pavilionSlugs,
            @Nullable String categorySlugs,
            @Nullable String shopSlugs,
            @Nullable String funder,
            @Nullable String kind,
            @Nullable String percentPaid,
            @Nullable String threshold1,
            @Nullable String off1,
            @Nullable String threshold2,
            @Nullable String off2,
            @Nullable String threshold3,
            @Nullable String off3,
            @Nullable String every,
            @Nullable String pieces,
            @Nullable String deliveryFrom,
            @Nullable String acrossShops,
            @Nullable String budget,
            @Nullable String noCoupons,
            @Nullable String requestKey,
            @Nullable String businessBuyers) {

        static final CampaignForm EMPTY = new CampaignForm(
                null,
                null,
                null,
                null,
                null,
                null,
                "SHOP",
                "PRICE_CUT",
                "85",
                "99",
                "10",
                null,
                null,
                null,
                null,
                null,
                "3",
                "99",
                null,
                null,
                null,
                null,
                null);

        CreateCampaignCommand command() {
            CampaignRuleKind ruleKind = FormValues.constant(CampaignRuleKind.class, kind);
            List<CampaignRule.Tier> tiers = new ArrayList<>();
            addTier(tiers, threshold1, off1);
            addTier(tiers, threshold2, off2);
            addTier(tiers, threshold3, off3);
            CampaignRule rule = new CampaignRule(
                    ruleKind,
                    FormValues.optionalInteger(percentPaid),
                    tiers,
                    every != null,
                    FormValues.optionalInteger(pieces),
                    FormValues.decimal(deliveryFrom),
                    acrossShops != null);
            return new CreateCampaignCommand(
                    festivalSlug,
                    nameZh,
                    nameEn,
                    slugs(pavilionSlugs),
                    slugs(categorySlugs),
                    slugs(shopSlugs),
                    FormValues.constant(Funder.class, funder),
                    rule,
                    FormValues.decimal(budget),
                    noCoupons == null ? Set.of() : Set.of(PricingStage.COUPON),
                    requestKey,
                    businessBuyers != null);
        }

        private static void addTier(List<CampaignRule.Tier> tiers, @Nullable String threshold, @Nullable String off) {
            if ((threshold != null && !threshold.isBlank()) || (off != null && !off.isBlank())) {
                tiers.add(new CampaignRule.Tier(FormValues.decimal(threshold), FormValues.decimal(off)));
            }
        }

        /** Web names typed with commas, Chinese commas or spaces between them. */
        private static List<String> slugs(@Nullable String typed) {
            return typed == null || typed.isBlank()
                    ? List.of()
                    : Arrays.asList(typed.strip().split("[,，\\s]+"));
        }
    }

    @Serdeable
    record MoveForm(@Nullable String to, @Nullable String note) {}

    @Serdeable
    record ReviewForm(@Nullable String answer, @Nullable String reason) {}

    @Introspected
    record CampaignsConsole(
            List<CampaignView> campaigns,
            List<FestivalView> festivals,
            List<CouponView> coupons,
            List<CampaignRuleKind> kinds,
            @Nullable String error,
            CampaignForm form,
            String campaignRequestKey,
            CouponForm couponForm) {}

    @Introspected
    record CampaignPage(
            CampaignView campaign,
            List<EnrolmentView> enrolments,
            List<CampaignState> next,
            List<CampaignDay> report,
            @Nullable String error) {}
}
