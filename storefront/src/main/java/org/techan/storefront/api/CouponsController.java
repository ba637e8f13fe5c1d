package org.techan.storefront.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.techan.platform.Actor;
import org.techan.platform.RuleViolationException;
import org.techan.promotions.ClaimedCouponView;
import org.techan.promotions.CouponView;
import org.techan.promotions.CreateCouponCommand;
import org.techan.promotions.PromotionsApi;

/**
 * Coupons: operators issue the platform's and shops their own; anyone reads what can be claimed;
 * consumers claim them (by id from the coupon centre, or by a code) and read their wallet.
 */
@Controller
@Tag(name = "coupons")
@ExecuteOn(TaskExecutors.BLOCKING)
class CouponsController {

    private final PromotionsApi promotions;

    CouponsController(PromotionsApi promotions) {
        this.promotions = promotions;
    }

    /** A claim: of the coupon with this id, or of the coupon this code names. */
    @Serdeable
    record CouponClaim(@Nullable Long couponId, @Nullable String code) {}

    @Get("/api/v1/coupons")
    @Operation(summary = "Coupons that can be claimed today, the platform's first; one shop's with ?shop=")
    Page<CouponView> claimable(@Nullable @QueryValue String shop) {
        return Page.of(promotions.claimableCoupons(shop));
    }

    @Post("/api/v1/coupon-claims")
    @Operation(
            summary = "Claims a coupon by couponId or by code (consumers)",
            description = "409 when the coupon cannot be claimed today, is all claimed, or the buyer holds as many"
                    + " as it allows; a double click claims once.")
    HttpResponse<ClaimedCouponView> claim(Actor signedIn, @Body CouponClaim claim) {
        ClaimedCouponView claimed;
        if (claim.couponId() != null) {
            claimed = promotions.claimCoupon(signedIn, claim.couponId());
        } else if (claim.code() != null && !claim.code().isBlank()) {
            claimed = promotions.claimCouponByCode(signedIn, claim.code());
        } else {
            throw new RuleViolationException("coupon.claim.required");
        }
        return HttpResponse.created(claimed);
    }

    @Get("/api/v1/coupon-claims")
    @Operation(summary = "The consumer's coupons: usable and used ones, then those ended in the last 30 days")
    Page<ClaimedCouponView> wallet(Actor signedIn) {
        return Page.of(promotions.wallet(signedIn));
    }

    @Post("/api/v1/ops/coupons")
    @Operation(
            summary = "Issues a platform coupon (operators)",
            description =
                    "requestKey (8–64 letters, digits, - or _; optional): the same key again answers what the first"
                            + " request made, however often and however simultaneously sent.")
    HttpResponse<CouponView> issuePlatform(Actor signedIn, @Body CreateCouponCommand command) {
        CouponView issued = promotions.issueCoupon(signedIn, command);
        return HttpResponse.created(issued, URI.create("/api/v1/ops/coupons"));
    }

    @Get("/api/v1/ops/coupons")
    @Operation(summary = "The platform's coupons, newest first (operators)")
    Page<CouponView> platform(Actor signedIn) {
        return Page.of(promotions.issuedCoupons(signedIn));
    }

    @Post("/api/v1/ops/coupons/{id}/stop")
    @Operation(summary = "Stops a platform coupon being claimed; claimed ones stay usable (operators)")
    CouponView stopPlatform(Actor signedIn, @PathVariable long id) {
        return promotions.stopCoupon(signedIn, id);
    }

    @Post("/api/v1/coop/coupons")
    @Operation(
            summary = "Issues a coupon of the shop (shop staff)",
            description =
                    "requestKey (8–64 letters, digits, - or _; optional): the same key again answers what the first"
                            + " request made, however often and however simultaneously sent.")
    HttpResponse<CouponView> issueShop(Actor signedIn, @Body CreateCouponCommand command) {
        CouponView issued = promotions.issueCoupon(signedIn, command);
        return HttpResponse.created(issued, URI.create("/api/v1/coop/coupons"));
    }

    @Get("/api/v1/coop/coupons")
    @Operation(summary = "The shop's coupons, newest first (shop staff)")
    Page<CouponView> shop(Actor signedIn) {
        return Page.of(promotions.issuedCoupons(signedIn));
    }

    @Post("/api/v1/coop/coupons/{id}/stop")
    @Operation(summary = "Stops one of the shop's coupons being claimed; claimed ones stay usable (shop staff)")
    CouponView stopShop(Actor signedIn, @PathVariable long id) {
        return promotions.stopCoupon(signedIn, id);
    }
}
