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
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.ProductView;
import org.techan.catalog.SkuView;
import org.techan.platform.Actor;
import org.techan.platform.DomainException;
import org.techan.platform.MarketCalendar;
import org.techan.promotions.CampaignView;
import org.techan.promotions.CouponView;
import org.techan.promotions.EnrolCommand;
import org.techan.promotions.EnrolmentView;
import org.techan.promotions.PromotionsApi;

/**
 * A shop's promotions: the festival campaigns it may enrol its SKUs in (and what it enrolled), and
 * its own coupons.
 */
@Hidden
@Controller("/coop/promotions")
@ExecuteOn(TaskExecutors.BLOCKING)
class CoopPromotionsController {

    private static final URI BACK = URI.create("/coop/promotions");

    /** The SKUs a clerk picks from: a shop's first hundred products cover the co-ops we serve. */
    private static final int PRODUCTS_LISTED = 100;

    private final PromotionsApi promotions;
    private final CatalogApi catalog;
    private final FailureText failures;
    private final Clock clock;

    CoopPromotionsController(PromotionsApi promotions, CatalogApi catalog, FailureText failures, Clock clock) {
        this.promotions = promotions;
        this.catalog = catalog;
        this.failures = failures;
        this.clock = clock;
    }

    @View("coop/promotions")
    @Get(produces = MediaType.TEXT_HTML)
    PromotionsPage page(Actor staff) {
        return page(staff, null, null);
    }

    @Post(
            uri = "/{campaignId}/enrolments",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> enrol(HttpRequest<?> request, Actor staff, @PathVariable long campaignId, @Body EnrolForm form) {
        try {
            promotions.enrol(
                    staff,
                    campaignId,
                    new EnrolCommand(
                            form.skuId() == null ? 0 : form.skuId(),
                            FormValues.decimal(form.campaignPrice()),
                            FormValues.optionalInteger(form.capUnits())));
            return HttpResponse.seeOther(BACK);
        } catch (DomainException refused) {
            return refused(request, staff, refused, null);
        }
    }

    @Post(uri = "/coupons", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> issue(HttpRequest<?> request, Actor staff, @Body CouponForm form) {
        try {
            promotions.issueCoupon(staff, form.command());
            return HttpResponse.seeOther(BACK);
        } catch (DomainException refused) {
            return refused(request, staff, refused, form);
        }
    }

    @Post(uri = "/coupons/{id}/stop", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> stop(HttpRequest<?> request, Actor staff, @PathVariable long id) {
        try {
            promotions.stopCoupon(staff, id);
            return HttpResponse.seeOther(BACK);
        } catch (DomainException refused) {
            return refused(request, staff, refused, null);
        }
    }

    private HttpResponse<?> refused(
            HttpRequest<?> request, Actor staff, DomainException why, @Nullable CouponForm form) {
        return HttpResponse.status(ErrorResponses.statusOf(why))
                .body(new ModelAndView<>("coop/promotions", page(staff, failures.of(request, why), form)));
    }

    private PromotionsPage page(Actor staff, @Nullable String error, @Nullable CouponForm form) {
        List<Choice> skus = new ArrayList<>();
        for (ProductView product :
                catalog.ownProducts(staff, 0, PRODUCTS_LISTED).items()) {
            for (SkuView sku : product.skus()) {
                skus.add(new Choice(sku.id(), product.titleZh() + " " + sku.specZh(), sku.price()));
            }
        }
        List<OpenCampaign> open = promotions.campaignsOpenForEnrolment(staff).stream()
                .map(campaign -> new OpenCampaign(campaign, promotions.enrolments(staff, campaign.id())))
                .toList();
        return new PromotionsPage(
                open,
                skus,
                promotions.issuedCoupons(staff),
                error,
                form == null ? CouponForm.fresh(MarketCalendar.today(clock)) : form);
    }

    @Serdeable
    record EnrolForm(@Nullable Long skuId, @Nullable String campaignPrice, @Nullable String capUnits) {}

    /** A SKU the clerk can enrol, named as the shop lists it, with its price now. */
    @Introspected
    record Choice(long skuId, String label, BigDecimal price) {}

    /** A campaign taking enrolments and the shop's enrolments in it. */
    @Introspected
    record OpenCampaign(CampaignView campaign, List<EnrolmentView> enrolments) {}

    @Introspected
    record PromotionsPage(
            List<OpenCampaign> campaigns,
            List<Choice> skus,
            List<CouponView> coupons,
            @Nullable String error,
            CouponForm couponForm) {}
}
