package org.techan.storefront.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.techan.platform.Actor;
import org.techan.platform.RuleViolationException;
import org.techan.promotions.CampaignState;
import org.techan.promotions.CampaignView;
import org.techan.promotions.CreateCampaignCommand;
import org.techan.promotions.EnrolCommand;
import org.techan.promotions.EnrolmentView;
import org.techan.promotions.PromotionsApi;

/**
 * Festival campaigns: operators plan and move them and review enrolments; shops find the campaigns
 * of a festival and enrol their SKUs.
 */
@Controller
@Tag(name = "campaigns")
@ExecuteOn(TaskExecutors.BLOCKING)
class CampaignsController {

    private final PromotionsApi promotions;

    CampaignsController(PromotionsApi promotions) {
        this.promotions = promotions;
    }

    /** A move of a campaign: to which state, and why (required to stop it). */
    @Serdeable
    record CampaignMove(@Nullable CampaignState to, @Nullable String note) {}

    /** An operator's answer to an enrolment: approve, or refuse with a reason. */
    @Serdeable
    record EnrolmentReview(@Nullable Boolean approve, @Nullable String reason) {}

    @Post("/api/v1/ops/campaigns")
    @Operation(
            summary = "Plans a campaign on a festival's current or next edition, in DRAFT (operators)",
            description =
                    "requestKey (8–64 letters, digits, - or _; optional): the same key again answers what the first"
                            + " request made, however often and however simultaneously sent. businessBuyers (optional,"
                            + " false): true opens its prices, 满减 and free delivery to business buyers' lines at"
                            + " wholesale prices, which consumer campaigns never reach.")
    HttpResponse<CampaignView> create(Actor signedIn, @Body CreateCampaignCommand command) {
        CampaignView created = promotions.createCampaign(signedIn, command);
        return HttpResponse.created(created, URI.create("/api/v1/ops/campaigns/" + created.id()));
    }

    @Get("/api/v1/ops/campaigns/{id}")
    @Operation(summary = "One campaign with every move it made (operators)")
    CampaignView one(long id) {
        return promotions.campaign(id);
    }

    @Post("/api/v1/ops/campaigns/{id}/moves")
    @Operation(summary = "Moves a campaign on; a move its state does not allow is 409 and changes nothing")
    CampaignView move(Actor signedIn, @PathVariable long id, @Body CampaignMove move) {
        if (move.to() == null) {
            throw new RuleViolationException("campaign.move.required");
        }
        return promotions.moveCampaign(signedIn, id, move.to(), move.note());
    }

    @Get("/api/v1/ops/festivals/{slug}/campaigns")
    @Operation(summary = "A festival's campaigns (operators)")
    Page<CampaignView> ofFestival(@PathVariable String slug) {
        return Page.of(promotions.campaignsOf(slug));
    }

    @Get("/api/v1/ops/campaigns/{id}/enrolments")
    @Operation(summary = "Every enrolment of a campaign (operators)")
    Page<EnrolmentView> enrolments(Actor signedIn, @PathVariable long id) {
        return Page.of(promotions.enrolments(signedIn, id));
    }

    @Get("/api/v1/ops/campaigns/{id}/report")
    @Operation(
            summary = "A campaign's report by market day and funder: orders not cancelled, units, GMV and"
                    + " discount; of them, orders refunded in full after payment, the GMV refunds gave back (those"
                    + " orders' and the lines refunds named) with the discount no funder owes on it, and orders"
                    + " with a refund of an amount that names no line (operators)")
    Page<org.techan.promotions.CampaignDay> report(Actor signedIn, @PathVariable long id) {
        return Page.of(promotions.campaignReport(signedIn, id));
    }

    @Post("/api/v1/ops/enrolments/{id}/review")
    @Operation(summary = "Approves an enrolment, or refuses it with a reason (operators)")
    EnrolmentView review(Actor signedIn, @PathVariable long id, @Body EnrolmentReview review) {
        if (review.approve() == null) {
            throw new RuleViolationException("enrolment.answer.required");
        }
        return promotions.reviewEnrolment(signedIn, id, review.approve(), review.reason());
    }

    @Get("/api/v1/coop/festivals/{slug}/campaigns")
    @Operation(summary = "A festival's campaigns, to enrol in those open for enrolment (shop staff)")
    Page<CampaignView> forShops(@PathVariable String slug) {
        return Page.of(promotions.campaignsOf(slug));
    }

    @Post("/api/v1/coop/campaigns/{id}/enrolments")
    @Operation(summary = "Enrols one of the shop's SKUs at a campaign price below its current price (shop staff)")
    HttpResponse<EnrolmentView> enrol(Actor signedIn, @PathVariable long id, @Body EnrolCommand command) {
        EnrolmentView enrolled = promotions.enrol(signedIn, id, command);
        return HttpResponse.created(enrolled);
    }

    @Get("/api/v1/coop/campaigns/{id}/enrolments")
    @Operation(summary = "The shop's own enrolments in a campaign (shop staff)")
    Page<EnrolmentView> ownEnrolments(Actor signedIn, @PathVariable long id) {
        return Page.of(promotions.enrolments(signedIn, id));
    }
}
