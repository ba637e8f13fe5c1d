package org.techan.storefront.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.techan.orders.OrderGroupView;
import org.techan.platform.Actor;
import org.techan.platform.NotFoundException;
import org.techan.storefront.web.WholesaleCatalogue;
import org.techan.wholesale.AddMemberCommand;
import org.techan.wholesale.ApplyOrganisationCommand;
import org.techan.wholesale.FreightRules;
import org.techan.wholesale.GradeChangeView;
import org.techan.wholesale.LineWeight;
import org.techan.wholesale.LowerGrade;
import org.techan.wholesale.MemberRole;
import org.techan.wholesale.MemberView;
import org.techan.wholesale.OfferCommand;
import org.techan.wholesale.OfferView;
import org.techan.wholesale.OrganisationOrder;
import org.techan.wholesale.OrganisationView;
import org.techan.wholesale.PlaceQuickOrderCommand;
import org.techan.wholesale.PlacedQuickOrder;
import org.techan.wholesale.PriceListCommand;
import org.techan.wholesale.PriceListView;
import org.techan.wholesale.ProducingBaseCommand;
import org.techan.wholesale.ProducingBaseView;
import org.techan.wholesale.QuickOrderDraft;
import org.techan.wholesale.QuickOrderUpload;
import org.techan.wholesale.RequisitionView;
import org.techan.wholesale.TemplateView;
import org.techan.wholesale.WeighableLine;
import org.techan.wholesale.WeighingView;
import org.techan.wholesale.WholesaleApi;

/**
 * Wholesale buyer organisations: a company applies (no account needed: its contact's is made),
 * operators verify or refuse, admins manage their colleagues; members read their organisation.
 */
@Controller
@Tag(name = "wholesale")
@ExecuteOn(TaskExecutors.BLOCKING)
class WholesaleController {

    private final WholesaleApi wholesale;
    private final HttpClientAddressResolver clientAddress;
    private final WholesaleCatalogue catalogue;

    WholesaleController(WholesaleApi wholesale, HttpClientAddressResolver clientAddress, WholesaleCatalogue catalogue) {
        this.wholesale = wholesale;
        this.clientAddress = clientAddress;
        this.catalogue = catalogue;
    }

    /** An operator's answer: verify, or refuse with a reason. */
    @Serdeable
    record Review(boolean verify, @Nullable String reason) {}

    /** A member's roles. */
    @Serdeable
    record Roles(@Nullable Set<MemberRole> roles) {}

    @Post("/api/v1/wholesale/applications")
    @Operation(
            summary = "A company applies to buy wholesale",
            description = "name, creditCode (unified social credit code, its check character verified), kind"
                    + " (CANTEEN, SUPERMARKET, RESTAURANT, DISTRIBUTOR), regionCode (a county or below), street,"
                    + " and contact: login (a mainland mobile number), password, displayName, acceptedTerms,"
                    + " termsVersion (GET /api/v1/meta). The contact becomes the organisation's admin, buyer and"
                    + " approver. 409 when the credit code or the login is taken; 422 names a field that is"
                    + " not valid, and nothing is kept.")
    HttpResponse<OrganisationView> apply(HttpRequest<?> request, @Body ApplyOrganisationCommand command) {
        OrganisationView applied = wholesale.apply(command, clientAddress.resolve(request));
        return HttpResponse.created(applied, URI.create("/api/v1/wholesale/organisation"));
    }

    @Get("/api/v1/wholesale/organisation")
    @Operation(summary = "The signed-in buyer's organisation, its state and members")
    OrganisationView organisation(Actor member) {
        return wholesale.organisationOf(member);
    }

    @Put(
            uri = "/api/v1/wholesale/organisation/licence",
            consumes = {"image/jpeg", "image/png", "application/pdf"})
    @Operation(
            summary = "Attaches the scan of the business licence (the applicant's admin, while it waits for review)",
            description = "The body is the file: JPEG, PNG or PDF, at most 5 MB, recognised by its content. A new scan"
                    + " replaces the one before; an operator verifies no organisation without one. 409 once the"
                    + " application was reviewed; 422 for an empty or unknown file.")
    OrganisationView attachLicence(Actor admin, @Body byte[] scan) {
        return wholesale.attachLicence(admin, scan);
    }

    @Get("/api/v1/wholesale/organisation/licence")
    @Operation(summary = "The organisation's licence scan (its members)")
    HttpResponse<byte[]> licence(Actor member) {
        return org.techan.storefront.web.Uploads.asResponse(
                wholesale.licence(member, wholesale.organisationOf(member).id()));
    }

    @Get("/api/v1/wholesale/delivery-locations")
    @Operation(summary = "Where the organisation takes deliveries, the first one first (members)")
    List<org.techan.wholesale.DeliveryLocationView> deliveryLocations(Actor member) {
        return wholesale.deliveryLocations(member);
    }

    @Post("/api/v1/wholesale/delivery-locations")
    @Operation(
            summary = "Adds a delivery location (admins of a verified organisation)",
            description = "label (what the organisation calls it), regionCode (a county or a township), street;"
                    + " at most 20. A quick order names one as `deliverTo`.")
    HttpResponse<org.techan.wholesale.DeliveryLocationView> addDeliveryLocation(
            Actor admin, @Body org.techan.wholesale.DeliveryLocationCommand command) {
        return HttpResponse.created(wholesale.addDeliveryLocation(admin, command));
    }

    @io.micronaut.http.annotation.Delete("/api/v1/wholesale/delivery-locations/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Removes a delivery location (admins)",
            description = "409 for the last one; purchase requests sent for it still go there.")
    void removeDeliveryLocation(Actor admin, @PathVariable long id) {
        wholesale.removeDeliveryLocation(admin, id);
    }

    @Post("/api/v1/wholesale/members")
    @Operation(summary = "Adds a colleague with their own account and roles (admins of a verified organisation)")
    HttpResponse<MemberView> addMember(Actor admin, @Body AddMemberCommand command) {
        return HttpResponse.created(wholesale.addMember(admin, command));
    }

    @Put("/api/v1/wholesale/members/{accountId}/roles")
    @Operation(
            summary = "Sets a member's roles (admins)",
            description = "409 when that would leave the organisation without an admin.")
    MemberView changeRoles(Actor admin, @PathVariable long accountId, @Body Roles roles) {
        return wholesale.changeRoles(admin, accountId, roles.roles() == null ? Set.of() : roles.roles());
    }

    @Get("/api/v1/coop/wholesale-price-lists")
    @Operation(summary = "The shop's price lists, the latest first (shop staff)")
    Page<PriceListView> priceLists(Actor staff) {
        return Page.of(wholesale.shopPriceLists(staff));
    }

    @Post("/api/v1/coop/wholesale-price-lists")
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Adds a price list for a kind of organisation or one organisation (shop staff)",
            description = "Exactly one of `organisationKind` and `organisationCreditCode`. From `validFrom` to"
                    + " `validTo` (none: open-ended) its prices per pack replace the tiers for those buyers; an"
                    + " organisation's own list comes before its kind's, a later start before an earlier one."
                    + " `requestKey` (optional, at most 64 characters): the same key again, even sent at once,"
                    + " answers the list it saved.")
    PriceListView savePriceList(Actor staff, @Body PriceListCommand command) {
        return wholesale.savePriceList(staff, command);
    }

    @Delete("/api/v1/coop/wholesale-price-lists/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes a price list; its prices stop applying at once (shop staff)")
    void deletePriceList(Actor staff, @PathVariable long id) {
        wholesale.deletePriceList(staff, id);
    }

    @Get("/api/v1/coop/wholesale-base")
    @Operation(summary = "The shop's producing base (shop staff)", description = "404 until the shop describes one.")
    ProducingBaseView producingBase(Actor staff) {
        return wholesale.ownProducingBase(staff).orElseThrow(() -> new NotFoundException("wholesale.base.none"));
    }

    @Put("/api/v1/coop/wholesale-base")
    @Operation(
            summary = "Describes the shop's producing base, replacing what it said before (shop staff)",
            description = "`regionCode`: a county or township of the national divisions (/api/v1/divisions);"
                    + " `capacityTonnes`: yearly output, above 0, one decimal; `harvestMonths`: 1 to 12.")
    ProducingBaseView saveProducingBase(Actor staff, @Body ProducingBaseCommand body) {
        return wholesale.saveProducingBase(staff, body);
    }

    @Get("/api/v1/wholesale/catalogue")
    @Operation(
            summary = "Searches the wholesale catalogue (members of verified organisations)",
            description = "The search parameters of /api/v1/search (q, region, inStock, sort, page, size, ...) and"
                    + " the catalogue's own: `grade` (SPECIAL, FIRST, SECOND; several allowed), `pack` (BOX, CASE,"
                    + " BAG), `moq` (products some SKU of which may be ordered from at most this many packs) and"
                    + " `base` (a shop's producing base, by the shop's slug). Answers the results with their"
                    + " facets, each result's offers as the organisation pays for them, and the producing bases"
                    + " named. 403 for anyone else: consumers never see wholesale prices.")
    WholesaleCatalogue.Result catalogue(HttpRequest<?> request, Actor buyer) {
        return catalogue.search(buyer, WholesaleCatalogue.query(request.getParameters()));
    }

    @Get("/api/v1/coop/wholesale-freight")
    @Operation(summary = "The shop's bulk freight: by weight or volume, its bands lightest first (shop staff)")
    FreightRules freight(Actor staff) {
        return wholesale.freight(staff);
    }

    @Put("/api/v1/coop/wholesale-freight")
    @Operation(
            summary = "Sets the shop's bulk freight by weight or by volume, replaced whole (shop staff)",
            description = "`basis`: WEIGHT (the packs' net kilograms, the default) or VOLUME (the litres they take;"
                    + " every offer of the shop must give `packLitres`). `bands`: `upTo` (kilograms or litres)"
                    + " rising band by band, the last one without `upTo` (anything more), each with a `charge` of 0"
                    + " or more; at most 5. Empty: the shop's delivery rule applies.")
    FreightRules saveFreight(Actor staff, @Body FreightRules body) {
        return wholesale.saveFreight(staff, body);
    }

    @Get("/api/v1/coop/wholesale-offers")
    @Operation(summary = "The shop's wholesale offers (shop staff)")
    Page<OfferView> shopOffers(Actor staff) {
        return Page.of(wholesale.shopOffers(staff));
    }

    @Put("/api/v1/coop/wholesale-offers/{skuId}")
    @Operation(
            summary = "Offers one of the shop's SKUs wholesale, or replaces its offer (shop staff)",
            description = "One SKU unit is one pack (BOX, CASE, BAG) of packNetGrams; bought from minPacks in steps"
                    + " of increment up to maxPacks (optional); tiers: up to 5 of {minPacks, unitPrice}, the first"
                    + " at the minimum, each later one at more packs for less; grade (SPECIAL, FIRST, SECOND) and"
                    + " gradeStandard optional. The skuId in the body is taken from the path.")
    OfferView saveOffer(Actor staff, @PathVariable long skuId, @Body OfferCommand command) {
        return wholesale.saveOffer(
                staff,
                new OfferCommand(
                        skuId,
                        command.pack(),
                        command.packNetGrams(),
                        command.minPacks(),
                        command.increment(),
                        command.maxPacks(),
                        command.tiers(),
                        command.grade(),
                        command.gradeStandard(),
                        command.weightTolerancePercent(),
                        null));
    }

    @Delete("/api/v1/coop/wholesale-offers/{skuId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Takes a SKU off wholesale (shop staff)")
    void withdrawOffer(Actor staff, @PathVariable long skuId) {
        wholesale.withdrawOffer(staff, skuId);
    }

    @Get("/api/v1/wholesale/offers")
    @Operation(
            summary = "The wholesale offers among these SKUs (?sku=1&sku=2), for members of verified organisations",
            description = "403 for anyone else: consumers never see wholesale prices.")
    Page<OfferView> offers(Actor buyer, @QueryValue("sku") @Nullable List<Long> skus) {
        return Page.of(wholesale.offers(buyer, skus == null ? List.of() : skus));
    }

    @Post(
            uri = "/api/v1/wholesale/quick-order-checks",
            consumes = {"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Checks a quick-order file and prices what can be ordered (verified organisations' members)",
            description =
                    "The body is the CSV: `sku,quantity` or `shop code,product id,grade,quantity` per line (grade:"
                            + " SPECIAL/特级, FIRST/一级, SECOND/二级), UTF-8 with or without BOM or GBK, a header line and"
                            + " blank lines allowed, up to 5,000 lines; a SKU listed twice is one line of the summed packs."
                            + " `problems` lists every line that cannot be ordered by its line number, with a message key"
                            + " (wholesale.line.*, wholesale.csv.*) and what it names; `shops` the rest priced at the"
                            + " tiers reached, split by shop. Nothing is held or ordered.")
    QuickOrderDraft checkQuickOrder(Actor buyer, @Body byte[] file) {
        return wholesale.checkQuickOrder(buyer, file);
    }

    @Post(
            uri = "/api/v1/wholesale/quick-order-uploads",
            consumes = {"text/csv", MediaType.TEXT_PLAIN})
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Uploads a quick-order file and keeps it, checked (verified organisations' members)",
            description = "The body as for quick-order-checks; `X-File-Name` may name the file; an `Idempotency-Key`"
                    + " sent again (even twice at once) answers the first upload. Answers the upload's"
                    + " id and its draft; GET .../{id} checks it again against today's stock and prices (a 5,000-line"
                    + " file takes well under a second, so the status is ready at once). Place it with its"
                    + " `draft.text` through POST /api/v1/wholesale/orders.")
    HttpResponse<QuickOrderUpload> uploadQuickOrder(
            Actor buyer,
            @Body byte[] file,
            @io.micronaut.http.annotation.Header("X-File-Name") @Nullable String name,
            @io.micronaut.http.annotation.Header("Idempotency-Key") @Nullable String key) {
        QuickOrderUpload upload = wholesale.uploadQuickOrder(buyer, file, name, key);
        return HttpResponse.created(upload, URI.create("/api/v1/wholesale/quick-order-uploads/" + upload.id()));
    }

    @Get("/api/v1/wholesale/quick-order-uploads/{id}")
    @Operation(
            summary = "An upload of the organisation and where it stands now (members)",
            description = "Checked again now: `draft.problems` empty and `draft.shops` not means it can be ordered.")
    QuickOrderUpload quickOrderUpload(Actor member, @PathVariable long id) {
        return wholesale.quickOrderUpload(member, id);
    }

    @Post("/api/v1/wholesale/orders")
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Places a quick order: one order per shop in one checkout, or a purchase request above the"
                    + " organisation's approval threshold (buyers of verified organisations)",
            description = "`text` is the file as for quick-order-checks, checked again now; every line must be"
                    + " orderable (422 with the count otherwise). `purchaseOrder` (at most 40 characters) and"
                    + " `deliverOn` (tomorrow to 90 days ahead) go on every order; the goods are delivered to the"
                    + " organisation's delivery location `deliverTo` (an id from GET delivery-locations; none: its"
                    + " first) for `recipient` and `phone`, or with `collect` true collected at each"
                    + " shop's producing base without freight (422 naming the shops that describe no base)."
                    + " `expectedGoods` is the draft's goods total"
                    + " the buyer saw: 409 when prices changed. `requestKey`, chosen once per draft, answers the same"
                    + " checkout when the request is repeated. The stock is held until the checkout is paid"
                    + " (`payBefore`), on /orders/{number} as for consumers.")
    PlacedQuickOrder placeQuickOrder(Actor buyer, @Body PlaceQuickOrderCommand command) {
        return wholesale.placeQuickOrder(buyer, command);
    }

    @Put("/api/v1/wholesale/organisation/approval-threshold")
    @Operation(
            summary = "Sets the goods total above which orders wait for an approver (admins)",
            description = "`threshold` null: no order waits. An approver's own order waits for another approver.")
    OrganisationView setApprovalThreshold(Actor admin, @Body ThresholdBody body) {
        return wholesale.setApprovalThreshold(admin, body.threshold());
    }

    @Serdeable
    record ThresholdBody(@Nullable java.math.BigDecimal threshold) {}

    @Get("/api/v1/wholesale/requisitions")
    @Operation(summary = "The organisation's purchase requests: those waiting first, then the latest 50 (members)")
    Page<RequisitionView> requisitions(Actor member) {
        return Page.of(wholesale.requisitions(member));
    }

    @Post("/api/v1/wholesale/requisitions/{id}/decision")
    @Operation(
            summary = "Approves a purchase request, or refuses it with a reason (another approver of the organisation)",
            description = "409 once it was answered; 403 for its own buyer and for members who do not approve.")
    RequisitionView decideRequisition(Actor approver, @PathVariable long id, @Body DecisionBody body) {
        return wholesale.decideRequisition(approver, id, Boolean.TRUE.equals(body.approve()), body.reason());
    }

    @Serdeable
    record DecisionBody(@Nullable Boolean approve, @Nullable String reason) {}

    @Post("/api/v1/wholesale/requisitions/{id}/order")
    @Operation(
            summary = "Its buyer places an approved purchase request: checked again, one order per shop",
            description = "409 unless it is approved, or when its goods total moved since the approval. Placed"
                    + " again, it answers the same checkout.")
    OrderGroupView placeRequisition(Actor buyer, @PathVariable long id) {
        return wholesale.placeApprovedRequisition(buyer, id);
    }

    @Get("/api/v1/wholesale/templates")
    @Operation(summary = "The organisation's saved quick orders (常用清单), by name (members)")
    Page<TemplateView> templates(Actor member) {
        return Page.of(wholesale.templates(member));
    }

    @Post("/api/v1/wholesale/templates")
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Saves quick-order lines under a name for the organisation; the same name replaces it",
            description = "`lines` as for quick-order-checks; at most 50 templates per organisation.")
    TemplateView saveTemplate(Actor member, @Body TemplateBody body) {
        return wholesale.saveTemplate(member, body.name(), body.lines());
    }

    @Serdeable
    record TemplateBody(@Nullable String name, @Nullable String lines) {}

    @Delete("/api/v1/wholesale/templates/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes one of the organisation's saved quick orders")
    void deleteTemplate(Actor member, @PathVariable long id) {
        wholesale.deleteTemplate(member, id);
    }

    @Get(uri = "/api/v1/wholesale/orders/{number}/lines", produces = "text/csv")
    @Operation(
            summary = "A past order of the organisation as quick-order lines (sku,quantity), to order again",
            description = "Check and place them as any other quick order: prices and stock are today's.")
    String reorderLines(Actor member, @PathVariable String number) {
        return wholesale.reorderLines(member, number);
    }

    @Get("/api/v1/coop/orders/{number}/weighings")
    @Operation(
            summary = "The lines of one of the shop's bulk orders sold by weight, and what each weighed (shop staff)")
    WeighingSheet weighingSheet(Actor staff, @PathVariable String number) {
        return new WeighingSheet(wholesale.weighingSheet(staff, number), wholesale.shopWeighings(staff, number));
    }

    @Serdeable
    record WeighingSheet(List<WeighableLine> lines, List<WeighingView> weighed) {}

    @Post("/api/v1/coop/orders/{number}/weighings")
    @Operation(
            summary = "Records what lines of a bulk order weighed at packing, each once (shop staff)",
            description = "`weights`: the SKU and the grams of all its packs together. A shortfall within the offer's"
                    + " tolerance is refunded at once (its share of the line's price); beyond it the buyer decides."
                    + " 409 for a line weighed before or an order past packing; nothing is recorded then.")
    List<WeighingView> weigh(Actor staff, @PathVariable String number, @Body WeightsBody body) {
        return wholesale.weighOrder(staff, number, body.weights());
    }

    @Serdeable
    record WeightsBody(@Nullable List<LineWeight> weights) {}

    @Get("/api/v1/wholesale/orders/{number}/weighings")
    @Operation(summary = "The weighed lines of a checkout of the organisation (members)")
    Page<WeighingView> weighings(Actor member, @PathVariable String number) {
        return Page.of(wholesale.weighings(member, number));
    }

    @Post("/api/v1/wholesale/weighings/{orderNumber}/{skuId}/decision")
    @Operation(
            summary = "Takes a line weighed short beyond its tolerance at its weight, or refuses it (members)",
            description = "`accept` true refunds the shortfall, false the whole line; 409 once answered.")
    WeighingView answerWeighing(
            Actor buyer, @PathVariable String orderNumber, @PathVariable long skuId, @Body WeighingDecision body) {
        return wholesale.answerWeighing(buyer, orderNumber, skuId, Boolean.TRUE.equals(body.accept()));
    }

    @Serdeable
    record WeighingDecision(@Nullable Boolean accept) {}

    @Get("/api/v1/coop/orders/{number}/grade-changes")
    @Operation(summary = "The lines of one of the shop's bulk orders declared of a lower grade (shop staff)")
    Page<GradeChangeView> shopGradeChanges(Actor staff, @PathVariable String number) {
        return Page.of(wholesale.shopGradeChanges(staff, number));
    }

    @Post("/api/v1/coop/orders/{number}/grade-changes")
    @Status(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Declares a line of a bulk order packed in a lower grade, with the price per pack asked (shop staff)",
            description = "`packedGrade` below the offer's grade, `unitPrice` such that the line comes to less than"
                    + " the buyer paid. Nothing is refunded until the buyer answers. 409 for a line settled before (by"
                    + " weight or grade) or an order past packing.")
    GradeChangeView declareLowerGrade(Actor staff, @PathVariable String number, @Body LowerGrade body) {
        return wholesale.declareLowerGrade(staff, number, body);
    }

    @Get("/api/v1/wholesale/orders/{number}/grade-changes")
    @Operation(summary = "The lines of a checkout of the organisation packed in a lower grade (members)")
    Page<GradeChangeView> gradeChanges(Actor member, @PathVariable String number) {
        return Page.of(wholesale.gradeChanges(member, number));
    }

    @Post("/api/v1/wholesale/grade-changes/{orderNumber}/{skuId}/decision")
    @Operation(
            summary = "Takes a line of a lower grade at the shop's price, or refuses it (members)",
            description = "`accept` true refunds the difference, false the whole line; 409 once answered.")
    GradeChangeView answerGradeChange(
            Actor buyer, @PathVariable String orderNumber, @PathVariable long skuId, @Body WeighingDecision body) {
        return wholesale.answerGradeChange(buyer, orderNumber, skuId, Boolean.TRUE.equals(body.accept()));
    }

    @Get("/api/v1/wholesale/orders")
    @Operation(summary = "The organisation's orders, whoever of it placed them, newest first (members)")
    Page<OrganisationOrder> organisationOrders(
            Actor member, @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
        return Page.of(wholesale.organisationOrders(member, page, size));
    }

    @Get("/api/v1/ops/wholesale/organisations")
    @Operation(summary = "Applications waiting for review, oldest first, then the latest reviewed (operators)")
    Page<OrganisationView> applications(Actor operator) {
        return Page.of(wholesale.applications(operator));
    }

    @Get("/api/v1/ops/wholesale/report")
    @Operation(
            summary = "Wholesale sales by kind of organisation (operators)",
            description = "from and to (yyyy-MM-dd, market days, both included, at most a year): per kind the verified"
                    + " organisations, those that bought, their paid orders, goods, refunds and net, every kind"
                    + " listed. 422 for a period that ends before it starts or is longer than a year.")
    List<org.techan.wholesale.KindSales> salesByKind(
            Actor operator, @QueryValue java.time.LocalDate from, @QueryValue java.time.LocalDate to) {
        return wholesale.salesByKind(operator, from, to);
    }

    @Get("/api/v1/ops/wholesale/organisations/{id}/licence")
    @Operation(summary = "The licence scan an organisation applied with (operators)")
    HttpResponse<byte[]> applicantsLicence(Actor operator, @PathVariable long id) {
        return org.techan.storefront.web.Uploads.asResponse(wholesale.licence(operator, id));
    }

    @Post("/api/v1/ops/wholesale/organisations/{id}/review")
    @Operation(
            summary = "Verifies an application or refuses it with a reason (operators)",
            description = "409 once it was answered, or to verify one whose licence scan is not attached.")
    OrganisationView review(Actor operator, @PathVariable long id, @Body Review review) {
        return wholesale.review(operator, id, review.verify(), review.reason());
    }
}
