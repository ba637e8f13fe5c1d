package org.techan.wholesale;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.techan.platform.Actor;

/** Wholesale: buyer organisations and their members. */
public interface WholesaleApi {

    /**
     * A company applies: its contact's account (a wholesale buyer) and the organisation, waiting
     * for an operator, in one transaction: a refused application leaves no account behind.
     *
     * @param source where the request came from, kept with the acceptance of the terms
     * @throws org.techan.platform.RuleViolationException for a name, code, kind, location or
     *     contact that is not valid, naming the field
     * @throws org.techan.platform.ConflictException when the credit code or the login is taken
     */
    OrganisationView apply(ApplyOrganisationCommand command, String source);

    /**
     * The organisation a wholesale buyer belongs to.
     *
     * @throws org.techan.platform.NotFoundException for anyone who is no member of one
     */
    OrganisationView organisationOf(Actor member);

    /**
     * One organisation: for an operator, or a member of it.
     *
     * @throws org.techan.platform.NotFoundException for everyone else, as for an unknown id
     */
    OrganisationView organisation(Actor actor, long organisationId);

    /** The applications waiting for review, oldest first, then the latest reviewed (operators only). */
    List<OrganisationView> applications(Actor operator);

    /**
     * Verifies an application, or refuses it with a reason.
     *
     * @throws org.techan.platform.ConflictException once it was answered, or to verify one whose
     *     licence scan is not attached
     * @throws org.techan.platform.RuleViolationException for a refusal without a reason
     */
    OrganisationView review(Actor operator, long organisationId, boolean verify, @Nullable String reason);

    /**
     * The admin of an organisation waiting for review attaches the scan of its business licence
     * (营业执照): a JPEG, PNG or PDF of at most {@value #MOST_LICENCE_BYTES} bytes, recognised by its
     * content. A new scan replaces the one before.
     *
     * @throws org.techan.platform.RuleViolationException for an empty, unknown or oversized file
     * @throws org.techan.platform.NotAllowedException for a member who is not its admin
     * @throws org.techan.platform.ConflictException once the application was reviewed
     */
    OrganisationView attachLicence(Actor admin, byte[] scan);

    /** Where orders of the member's organisation may be delivered, the first one first. */
    List<DeliveryLocationView> deliveryLocations(Actor member);

    /**
     * An admin of a verified organisation adds a delivery location.
     *
     * @throws org.techan.platform.RuleViolationException for a label, division (a county or a
     *     township) or street that does not make one, or more than twenty
     * @throws org.techan.platform.NotAllowedException unless an admin of a verified organisation asks
     */
    DeliveryLocationView addDeliveryLocation(Actor admin, DeliveryLocationCommand command);

    /**
     * An admin removes a delivery location: it is no longer offered; purchase requests sent for it
     * still go there.
     *
     * @throws org.techan.platform.NotFoundException for another organisation's, or one removed
     * @throws org.techan.platform.ConflictException for the organisation's last one
     */
    void removeDeliveryLocation(Actor admin, long locationId);

    /**
     * Wholesale sales by kind of organisation in checkouts placed from {@code from} to {@code to}
     * (market days, both included), every kind listed (operators only).
     *
     * @throws org.techan.platform.NotAllowedException for anyone but an operator
     * @throws org.techan.platform.RuleViolationException for a period that ends before it starts or
     *     is longer than a year
     */
    List<KindSales> salesByKind(Actor operator, java.time.LocalDate from, java.time.LocalDate to);

    /** Largest licence scan kept: a phone photo or a scanned page. */
    int MOST_LICENCE_BYTES = 5 * 1024 * 1024;

    /**
     * An organisation's licence scan: for an operator, or a member of it.
     *
     * @throws org.techan.platform.NotFoundException for anyone else, or when none is attached
     */
    org.techan.platform.MediaStore.StoredMedia licence(Actor actor, long organisationId);

    /**
     * An admin adds a colleague with their own account and roles.
     *
     * @throws org.techan.platform.NotAllowedException unless an admin of a verified organisation asks
     */
    MemberView addMember(Actor admin, AddMemberCommand command);

    /**
     * An admin changes a member's roles; an organisation always keeps an admin.
     *
     * @throws org.techan.platform.ConflictException when that would leave it without one
     */
    MemberView changeRoles(Actor admin, long accountId, java.util.Set<MemberRole> roles);

    /**
     * A shop's staff offer one of its SKUs on sale wholesale, or change the offer (replaced whole).
     *
     * @throws org.techan.platform.NotAllowedException for anyone but shop staff
     * @throws org.techan.platform.NotFoundException for a SKU not their shop's or not on sale
     * @throws org.techan.platform.RuleViolationException for a pack, quantities or tiers that do not make an offer
     */
    OfferView saveOffer(Actor staff, OfferCommand command);

    /**
     * A shop's staff add a price list for a kind of organisation or for one organisation (by its
     * credit code), valid from a day to a day: its prices override the tiers for those buyers.
     *
     * @throws org.techan.platform.NotAllowedException for anyone but shop staff
     * @throws org.techan.platform.NotFoundException for a SKU the shop does not offer wholesale
     * @throws org.techan.platform.RuleViolationException for a name, audience (a credit code no
     *     verified organisation has), days or prices that do not make one
     */
    PriceListView savePriceList(Actor staff, PriceListCommand command);

    /** The staff's shop's price lists, the latest first. */
    List<PriceListView> shopPriceLists(Actor staff);

    /**
     * Takes a price list away; its prices stop applying at once.
     *
     * @throws org.techan.platform.NotFoundException for a list that is not the shop's
     */
    void deletePriceList(Actor staff, long priceListId);

    /**
     * A shop's staff set its bulk freight by weight or by volume, replaced whole (no bands: its
     * delivery rule applies).
     *
     * @throws org.techan.platform.RuleViolationException unless the limits rise band by band, the
     *     last band open, every charge an amount of 0 or more; by volume, unless every offer of
     *     the shop says how much space a pack takes
     */
    FreightRules saveFreight(Actor staff, FreightRules rules);

    /** The staff's shop's bulk freight, lightest band first. */
    FreightRules freight(Actor staff);

    /** The staff's shop's wholesale offers. */
    List<OfferView> shopOffers(Actor staff);

    /**
     * Takes a SKU off wholesale.
     *
     * @throws org.techan.platform.NotFoundException for a SKU the shop does not offer
     */
    void withdrawOffer(Actor staff, long skuId);

    /**
     * The wholesale offers among these SKUs, for a member of a verified organisation: consumers
     * never see wholesale prices.
     *
     * @throws org.techan.platform.NotAllowedException for anyone else
     */
    List<OfferView> offers(Actor buyer, java.util.Collection<Long> skuIds);

    /**
     * Checks a quick-order file (a CSV of {@code sku,quantity} or {@code shop code,product
     * code,grade,quantity}; UTF-8 with or without BOM, or GBK; up to 5,000 lines): what can be
     * ordered, priced and split by shop, and a problem for every line that cannot. Holds and
     * orders nothing.
     *
     * @throws org.techan.platform.NotAllowedException unless a member of a verified organisation asks
     * @throws org.techan.platform.RuleViolationException for an empty file or one over 5,000 lines
     */
    QuickOrderDraft checkQuickOrder(Actor buyer, byte[] file);

    /**
     * Places a quick order: checked again, then one order per shop in one checkout delivered to
     * the organisation's address, its stock held until it is paid. The same request key answers
     * the same checkout however often it comes.
     *
     * @throws org.techan.platform.NotAllowedException unless a buyer of a verified organisation asks
     * @throws org.techan.platform.RuleViolationException while any line has a problem, or for bad
     *     terms or recipient
     * @throws org.techan.platform.ConflictException when prices changed since the buyer saw them,
     *     or stock ran short meanwhile (nothing is held or ordered)
     */
    PlacedQuickOrder placeQuickOrder(Actor buyer, PlaceQuickOrderCommand command);

    /**
     * An admin sets the goods total above which a buyer's order waits for an approver (none: no
     * order waits). An approver's own order waits for another approver, when there is one.
     *
     * @throws org.techan.platform.NotAllowedException unless an admin of a verified organisation asks
     * @throws org.techan.platform.RuleViolationException for a negative amount
     */
    OrganisationView setApprovalThreshold(Actor admin, @Nullable java.math.BigDecimal threshold);

    /** The requisitions of the member's organisation: those waiting first, then the latest 50. */
    List<RequisitionView> requisitions(Actor member);

    /**
     * An approver approves a requisition, or refuses it with a reason; its buyer sees the answer.
     *
     * @throws org.techan.platform.NotAllowedException for anyone but another approver of its organisation
     * @throws org.techan.platform.ConflictException once it was answered
     */
    RequisitionView decideRequisition(Actor approver, long requisitionId, boolean approve, @Nullable String reason);

    /**
     * Its buyer places an approved requisition: checked again and placed as approved; placed
     * again, it answers the same checkout.
     *
     * @throws org.techan.platform.ConflictException unless it is approved, or when its goods total
     *     moved since the approval (it is sent again then)
     */
    org.techan.orders.OrderGroupView placeApprovedRequisition(Actor buyer, long requisitionId);

    /**
     * Saves quick-order lines as one of the organisation's templates (常用清单) under a name; a
     * template of that name is replaced.
     *
     * @throws org.techan.platform.RuleViolationException for a blank name, lines that are no
     *     quick-order file, or more than 50 templates
     */
    TemplateView saveTemplate(Actor member, String name, String lines);

    /** The member's organisation's templates, by name. */
    List<TemplateView> templates(Actor member);

    /**
     * One template of the member's organisation.
     *
     * @throws org.techan.platform.NotFoundException for another organisation's, or none
     */
    TemplateView template(Actor member, long templateId);

    /** Deletes one of the organisation's templates. */
    void deleteTemplate(Actor member, long templateId);

    /**
     * A past order of the member's organisation as quick-order lines, to check and place again.
     *
     * @throws org.techan.platform.NotFoundException for an order nobody of the organisation placed
     */
    String reorderLines(Actor member, String groupNumber);

    /** The lines of one of the shop's bulk orders that it weighs at packing, and which are weighed. */
    List<WeighableLine> weighingSheet(Actor staff, String orderNumber);

    /**
     * The shop records what lines of a bulk order weighed at packing, each once: a shortfall within
     * the offer's tolerance is refunded at once; beyond it the buyer decides.
     *
     * @throws org.techan.platform.ConflictException for an order past packing or no bulk order,
     *     or a line weighed before (nothing is recorded then)
     * @throws org.techan.platform.RuleViolationException for a line not sold by weight, or a weight
     *     that cannot be
     */
    List<WeighingView> weighOrder(Actor staff, String orderNumber, List<LineWeight> weights);

    /** The weighed lines of one of the shop's orders. */
    List<WeighingView> shopWeighings(Actor staff, String orderNumber);

    /** The weighed lines of a checkout placed by the member's organisation. */
    List<WeighingView> weighings(Actor member, String groupNumber);

    /**
     * The buyer takes a line short beyond its tolerance at its weight (its shortfall refunded) or
     * refuses it (refunded whole).
     *
     * @throws org.techan.platform.ConflictException once it was answered
     */
    WeighingView answerWeighing(Actor buyer, String orderNumber, long skuId, boolean accept);

    /** The orders of the member's organisation, whoever of it placed them, newest first. */
    List<OrganisationOrder> organisationOrders(Actor member, int page, int size);

    /**
     * A shop's staff describe its producing base (location, capacity, harvest months), replacing
     * what they said before; the wholesale catalogue shows it and filters by it.
     *
     * @throws org.techan.platform.NotAllowedException for anyone but shop staff
     * @throws org.techan.platform.RuleViolationException for a name, division (a county or
     *     township), address, capacity or months that do not make one
     */
    ProducingBaseView saveProducingBase(Actor staff, ProducingBaseCommand command);

    /** The staff's shop's producing base, if it described one. */
    java.util.Optional<ProducingBaseView> ownProducingBase(Actor staff);

    /** The producing bases of those of these shops that describe one: public, as a shop page is. */
    List<ProducingBaseView> producingBases(java.util.Collection<String> shopSlugs);

    /**
     * The wholesale offers of these products' SKUs as the buyer's organisation pays for them: each
     * with the price list that applies to it today, if one does.
     *
     * @throws org.techan.platform.NotAllowedException unless a member of a verified organisation asks
     */
    List<BuyerOffer> offersOfProducts(Actor buyer, java.util.Collection<Long> productIds);

    /**
     * 等级不符: the shop declares, at packing, a line packed in a lower grade than ordered and the
     * price per pack it asks for it; the buyer answers on the order.
     *
     * @throws org.techan.platform.NotFoundException for another shop's order, or a line it does not have
     * @throws org.techan.platform.ConflictException for an order that is no bulk order or is past
     *     packing, or a line settled before (by weight or by grade)
     * @throws org.techan.platform.RuleViolationException for a line sold without a grade, a grade
     *     that is not lower, or a price that is not below what the buyer paid
     */
    GradeChangeView declareLowerGrade(Actor staff, String orderNumber, LowerGrade change);

    /** The lines of one of the shop's orders declared of a lower grade. */
    List<GradeChangeView> shopGradeChanges(Actor staff, String orderNumber);

    /**
     * The lines of a checkout of the member's organisation declared of a lower grade.
     *
     * @throws org.techan.platform.NotFoundException for a checkout of another organisation
     */
    List<GradeChangeView> gradeChanges(Actor member, String groupNumber);

    /**
     * The buyer takes a line of a lower grade at the shop's price (the difference is refunded) or
     * refuses it (the line is refunded whole); once.
     *
     * @throws org.techan.platform.NotFoundException for a line no member of the organisation ordered
     * @throws org.techan.platform.ConflictException once it was answered
     */
    GradeChangeView answerGradeChange(Actor buyer, String orderNumber, long skuId, boolean accept);

    /**
     * Uploads a quick-order file (as {@link #checkQuickOrder}) and keeps it for its status to be
     * asked again: checked now, and again at every {@link #quickOrderUpload}. The same
     * {@code requestKey} again, even sent twice at once, answers the first upload.
     *
     * @throws org.techan.platform.NotAllowedException unless a member of a verified organisation asks
     * @throws org.techan.platform.RuleViolationException for an empty file or one over 5,000 lines
     *     (nothing is kept), a file name over 200 characters or a key over 64
     */
    QuickOrderUpload uploadQuickOrder(
            Actor buyer,
            byte[] file,
            @io.micronaut.core.annotation.Nullable String fileName,
            @io.micronaut.core.annotation.Nullable String requestKey);

    /**
     * An upload of the member's organisation, checked against today's stock and prices.
     *
     * @throws org.techan.platform.NotFoundException for another organisation's upload
     */
    QuickOrderUpload quickOrderUpload(Actor member, long uploadId);

    /**
     * As {@link #offersOfProducts}, with the producing bases of these shops, read together: a
     * buyer's catalogue and product pages ask for both on every view.
     *
     * @throws org.techan.platform.NotAllowedException unless a member of a verified organisation asks
     */
    CatalogueOffers catalogueOffers(
            Actor buyer, java.util.Collection<Long> productIds, java.util.Collection<String> shopSlugs);
}
