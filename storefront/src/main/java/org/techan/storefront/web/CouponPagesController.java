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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.techan.platform.Actor;
import org.techan.platform.DomainException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.Role;
import org.techan.promotions.ClaimedCouponView;
import org.techan.promotions.CouponView;
import org.techan.promotions.PromotionsApi;

/**
 * The coupon centre (领券中心): the coupons anyone can claim today, claimed with one tap or by a
 * code, and the signed-in shopper's own coupons.
 */
@Hidden
@Controller("/coupons")
@ExecuteOn(TaskExecutors.BLOCKING)
class CouponPagesController {

    private final PromotionsApi promotions;
    private final FailureText failures;
    private final Clock clock;

    CouponPagesController(PromotionsApi promotions, FailureText failures, Clock clock) {
        this.clock = clock;
        this.promotions = promotions;
        this.failures = failures;
    }

    @View("coupons")
    @Get(produces = MediaType.TEXT_HTML)
    CouponsPage centre(@Nullable Actor actor, @Nullable @QueryValue Long claimed) {
        return page(actor, null, claimed);
    }

    @Post(uri = "/{id}/claim", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> claim(HttpRequest<?> request, Actor signedIn, @PathVariable long id, @Body ClaimForm form) {
        try {
            ClaimedCouponView claimed = promotions.claimCoupon(signedIn, id);
            if (form.product() != null) {
                // Claimed on a product page: back to it, where the shopper was about to buy.
                return HttpResponse.seeOther(URI.create("/products/" + form.product() + "?claimed=" + id + "#coupons"));
            }
            return HttpResponse.seeOther(
                    URI.create("/coupons?claimed=" + claimed.coupon().id()));
        } catch (DomainException refused) {
            return refused(request, signedIn, refused);
        }
    }

    @Post(uri = "/claim", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> claimByCode(HttpRequest<?> request, Actor signedIn, @Body CodeForm form) {
        try {
            ClaimedCouponView claimed = promotions.claimCouponByCode(signedIn, form.code() == null ? "" : form.code());
            return HttpResponse.seeOther(
                    URI.create("/coupons?claimed=" + claimed.coupon().id()));
        } catch (DomainException refused) {
            return refused(request, signedIn, refused);
        }
    }

    private HttpResponse<?> refused(HttpRequest<?> request, Actor actor, DomainException why) {
        return HttpResponse.status(ErrorResponses.statusOf(why))
                .body(new ModelAndView<>("coupons", page(actor, failures.of(request, why), null)));
    }

    private CouponsPage page(@Nullable Actor actor, @Nullable String error, @Nullable Long claimed) {
        boolean shopper = actor != null && actor.role() == Role.CONSUMER;
        List<ClaimedCouponView> wallet = shopper ? promotions.wallet(actor) : List.of();
        LocalDate today = MarketCalendar.today(clock);
        CouponView justClaimed = claimed == null
                ? null
                : wallet.stream()
                        .map(ClaimedCouponView::coupon)
                        .filter(c -> c.id() == claimed)
                        .findFirst()
                        .orElse(null);
        return new CouponsPage(
                promotions.claimableCoupons(null),
                wallet.stream()
                        .map(c -> new Held(c, c.validTo().isBefore(today)))
                        .toList(),
                shopper,
                error,
                justClaimed);
    }

    /** A coupon in the shopper's wallet, and whether its days are over. */
    @Introspected
    record Held(ClaimedCouponView claimed, boolean expired) {}

    @Serdeable
    record CodeForm(@Nullable String code) {}

    /** A claim, from the coupon centre or from the product page it returns to. */
    @Serdeable
    record ClaimForm(@Nullable Long product) {}

    /**
     * The centre as one visitor sees it.
     *
     * @param claimed the coupon just claimed, for the confirmation
     */
    @Introspected
    record CouponsPage(
            List<CouponView> coupons,
            List<Held> wallet,
            boolean shopper,
            @Nullable String error,
            @Nullable CouponView claimed) {}
}
