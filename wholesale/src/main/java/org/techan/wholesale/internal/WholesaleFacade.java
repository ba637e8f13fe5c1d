package org.techan.wholesale.internal;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.techan.platform.Actor;
import org.techan.platform.NotAllowedException;
import org.techan.wholesale.AddMemberCommand;
import org.techan.wholesale.ApplyOrganisationCommand;
import org.techan.wholesale.MemberRole;
import org.techan.wholesale.MemberView;
import org.techan.wholesale.OfferCommand;
import org.techan.wholesale.OfferView;
import org.techan.wholesale.OrganisationView;
import org.techan.wholesale.WholesaleApi;

@Singleton
class WholesaleFacade implements WholesaleApi {

    private final Organisations organisations;
    private final Offers offers;
    private final QuickOrders quickOrders;

    private final Purchases purchases;

    private final Requisitions requisitions;
    private final PriceLists priceLists;
    private final Templates templates;
    private final Weighings weighings;
    private final FreightBands freightBands;
    private final ProducingBases producingBases;
    private final GradeChanges gradeChanges;
    private final Uploads uploads;
    private final Licences licences;
    private final DeliveryLocations locations;
    private final SalesByKind salesByKind;

    WholesaleFacade(
            Organisations organisations,
            Offers offers,
            QuickOrders quickOrders,
            Purchases purchases,
            Requisitions requisitions,
            PriceLists priceLists,
            Templates templates,
            Weighings weighings,
            FreightBands freightBands,
            ProducingBases producingBases,
            GradeChanges gradeChanges,
            Uploads uploads,
            Licences licences,
            DeliveryLocations locations,
            SalesByKind salesByKind) {
        this.salesByKind = salesByKind;
        this.locations = locations;
        this.uploads = uploads;
        this.licences = licences;
        this.gradeChanges = gradeChanges;
        this.freightBands = freightBands;
        this.producingBases = producingBases;
        this.weighings = weighings;
        this.templates = templates;
        this.priceLists = priceLists;
        this.requisitions = requisitions;
        this.purchases = purchases;
        this.organisations = organisations;
        this.offers = offers;
        this.quickOrders = quickOrders;
    }

    @Override
    public org.techan.wholesale.QuickOrderUpload uploadQuickOrder(
            Actor buyer, byte[] file, String fileName, String requestKey) {
        try {
            return uploads.upload(buyer, file, fileName, requestKey);
        } catch (RequestKeys.KeptMeanwhile twice) {
            return uploads.byKey(buyer, requestKey);
        }
    }

    @Override
    public org.techan.wholesale.QuickOrderUpload quickOrderUpload(Actor member, long uploadId) {
        return uploads.status(member, uploadId);
    }

    @Override
    public org.techan.wholesale.GradeChangeView declareLowerGrade(
            Actor staff, String orderNumber, org.techan.wholesale.LowerGrade change) {
        return gradeChanges.declare(staff, orderNumber, change);
    }

    @Override
    public List<org.techan.wholesale.GradeChangeView> shopGradeChanges(Actor staff, String orderNumber) {
        return gradeChanges.ofShopOrder(staff, orderNumber);
    }

    @Override
    public List<org.techan.wholesale.GradeChangeView> gradeChanges(Actor member, String groupNumber) {
        return gradeChanges.ofGroup(member, groupNumber);
    }

    @Override
    public org.techan.wholesale.GradeChangeView answerGradeChange(
            Actor buyer, String orderNumber, long skuId, boolean accept) {
        return gradeChanges.answer(buyer, orderNumber, skuId, accept);
    }

    @Override
    public org.techan.wholesale.ProducingBaseView saveProducingBase(
            Actor staff, org.techan.wholesale.ProducingBaseCommand command) {
        return producingBases.save(staff, command);
    }

    @Override
    public java.util.Optional<org.techan.wholesale.ProducingBaseView> ownProducingBase(Actor staff) {
        return producingBases.ofStaff(staff);
    }

    @Override
    public List<org.techan.wholesale.ProducingBaseView> producingBases(java.util.Collection<String> shopSlugs) {
        return producingBases.of(shopSlugs);
    }

    @Override
    @io.micronaut.transaction.annotation.Transactional(readOnly = true)
    public org.techan.wholesale.CatalogueOffers catalogueOffers(
            Actor buyer, java.util.Collection<Long> productIds, java.util.Collection<String> shopSlugs) {
        return new org.techan.wholesale.CatalogueOffers(
                offersOfProducts(buyer, productIds), producingBases.of(shopSlugs));
    }

    @Override
    @io.micronaut.transaction.annotation.Transactional(readOnly = true)
    public List<org.techan.wholesale.BuyerOffer> offersOfProducts(Actor buyer, java.util.Collection<Long> productIds) {
        // One statement for who buys, whatever the organisation's size: this is on every catalogue page.
        Organisations.Buying organisation = organisations
                .buying(buyer)
                .orElseThrow(() -> new NotAllowedException("wholesale.verified-buyers-only"));
        List<OfferView> found = offers.ofProducts(productIds);
        var listed = priceLists.pricesFor(
                organisation.organisationId(),
                organisation.kind(),
                found.stream().map(OfferView::skuId).toList());
        return found.stream()
                .map(offer -> {
                    var price = listed.get(offer.skuId());
                    return new org.techan.wholesale.BuyerOffer(
                            offer, price == null ? null : price.unitPrice(), price == null ? null : price.listName());
                })
                .toList();
    }

    @Override
    public org.techan.wholesale.QuickOrderDraft checkQuickOrder(Actor buyer, byte[] file) {
        return quickOrders.check(buyer, file);
    }

    @Override
    public org.techan.wholesale.PlacedQuickOrder placeQuickOrder(
            Actor buyer, org.techan.wholesale.PlaceQuickOrderCommand command) {
        return purchases.place(buyer, command);
    }

    @Override
    public OrganisationView setApprovalThreshold(Actor admin, java.math.BigDecimal threshold) {
        return organisations.setApprovalThreshold(admin, threshold);
    }

    @Override
    public List<org.techan.wholesale.RequisitionView> requisitions(Actor member) {
        return requisitions.ofOrganisation(member);
    }

    @Override
    public org.techan.wholesale.RequisitionView decideRequisition(
            Actor approver, long requisitionId, boolean approve, String reason) {
        return requisitions.decide(approver, requisitionId, approve, reason);
    }

    @Override
    public org.techan.orders.OrderGroupView placeApprovedRequisition(Actor buyer, long requisitionId) {
        return purchases.placeApproved(buyer, requisitionId);
    }

    @Override
    public List<org.techan.wholesale.OrganisationOrder> organisationOrders(Actor member, int page, int size) {
        return purchases.ofOrganisation(member, page, size);
    }

    @Override
    public OfferView saveOffer(Actor staff, OfferCommand command) {
        return offers.save(staff, command);
    }

    @Override
    public org.techan.wholesale.PriceListView savePriceList(
            Actor staff, org.techan.wholesale.PriceListCommand command) {
        try {
            return priceLists.save(staff, command);
        } catch (RequestKeys.KeptMeanwhile twice) {
            return priceLists.byKey(staff, command.requestKey());
        }
    }

    @Override
    public List<org.techan.wholesale.PriceListView> shopPriceLists(Actor staff) {
        return priceLists.ofShop(staff);
    }

    @Override
    public void deletePriceList(Actor staff, long priceListId) {
        priceLists.delete(staff, priceListId);
    }

    @Override
    public org.techan.wholesale.TemplateView saveTemplate(Actor member, String name, String lines) {
        return templates.save(member, name, lines);
    }

    @Override
    public List<org.techan.wholesale.TemplateView> templates(Actor member) {
        return templates.ofOrganisation(member);
    }

    @Override
    public org.techan.wholesale.TemplateView template(Actor member, long templateId) {
        return templates.one(member, templateId);
    }

    @Override
    public void deleteTemplate(Actor member, long templateId) {
        templates.delete(member, templateId);
    }

    @Override
    public String reorderLines(Actor member, String groupNumber) {
        return templates.linesOf(member, groupNumber);
    }

    @Override
    public List<org.techan.wholesale.WeighableLine> weighingSheet(Actor staff, String orderNumber) {
        return weighings.sheet(staff, orderNumber);
    }

    @Override
    public List<org.techan.wholesale.WeighingView> weighOrder(
            Actor staff, String orderNumber, List<org.techan.wholesale.LineWeight> weights) {
        return weighings.weigh(staff, orderNumber, weights);
    }

    @Override
    public List<org.techan.wholesale.WeighingView> shopWeighings(Actor staff, String orderNumber) {
        return weighings.ofShopOrder(staff, orderNumber);
    }

    @Override
    public List<org.techan.wholesale.WeighingView> weighings(Actor member, String groupNumber) {
        return weighings.ofGroup(member, groupNumber);
    }

    @Override
    public org.techan.wholesale.WeighingView answerWeighing(
            Actor buyer, String orderNumber, long skuId, boolean accept) {
        return weighings.answer(buyer, orderNumber, skuId, accept);
    }

    @Override
    public org.techan.wholesale.FreightRules saveFreight(Actor staff, org.techan.wholesale.FreightRules rules) {
        return freightBands.save(staff, rules);
    }

    @Override
    public org.techan.wholesale.FreightRules freight(Actor staff) {
        return freightBands.of(staff);
    }

    @Override
    public List<OfferView> shopOffers(Actor staff) {
        return offers.ofShop(staff);
    }

    @Override
    public void withdrawOffer(Actor staff, long skuId) {
        offers.withdraw(staff, skuId);
    }

    @Override
    public List<OfferView> offers(Actor buyer, java.util.Collection<Long> skuIds) {
        if (!organisations.buysWholesale(buyer)) {
            throw new NotAllowedException("wholesale.verified-buyers-only");
        }
        return offers.of(skuIds);
    }

    @Override
    public OrganisationView apply(ApplyOrganisationCommand command, String source) {
        return organisations.apply(command, source);
    }

    @Override
    public OrganisationView organisationOf(Actor member) {
        return organisations.organisationOf(member);
    }

    @Override
    public OrganisationView organisation(Actor actor, long organisationId) {
        return organisations.organisation(actor, organisationId);
    }

    @Override
    public List<OrganisationView> applications(Actor operator) {
        return organisations.applications(operator);
    }

    @Override
    public OrganisationView review(Actor operator, long organisationId, boolean verify, String reason) {
        return organisations.review(operator, organisationId, verify, reason);
    }

    @Override
    public List<org.techan.wholesale.KindSales> salesByKind(
            Actor operator, java.time.LocalDate from, java.time.LocalDate to) {
        return salesByKind.report(operator, from, to);
    }

    @Override
    public List<org.techan.wholesale.DeliveryLocationView> deliveryLocations(Actor member) {
        return locations.of(member);
    }

    @Override
    public org.techan.wholesale.DeliveryLocationView addDeliveryLocation(
            Actor admin, org.techan.wholesale.DeliveryLocationCommand command) {
        return locations.add(admin, command);
    }

    @Override
    public void removeDeliveryLocation(Actor admin, long locationId) {
        locations.remove(admin, locationId);
    }

    @Override
    public OrganisationView attachLicence(Actor admin, byte[] scan) {
        return licences.attach(admin, scan);
    }

    @Override
    public org.techan.platform.MediaStore.StoredMedia licence(Actor actor, long organisationId) {
        return licences.of(actor, organisationId);
    }

    @Override
    public MemberView addMember(Actor admin, AddMemberCommand command) {
        return organisations.addMember(admin, command);
    }

    @Override
    public MemberView changeRoles(Actor admin, long accountId, Set<MemberRole> roles) {
        return organisations.changeRoles(admin, accountId, roles);
    }
}
