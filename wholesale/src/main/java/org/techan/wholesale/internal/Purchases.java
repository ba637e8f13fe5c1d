package org.techan.wholesale.internal;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.techan.orders.BulkOrderCommand;
import org.techan.orders.BusinessTerms;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.Fulfilment;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrdersApi;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.PageBounds;
import org.techan.platform.RuleViolationException;
import org.techan.wholesale.DeliveryLocationView;
import org.techan.wholesale.MemberRole;
import org.techan.wholesale.OrganisationOrder;
import org.techan.wholesale.OrganisationView;
import org.techan.wholesale.PlaceQuickOrderCommand;
import org.techan.wholesale.PlacedQuickOrder;
import org.techan.wholesale.ProducingBaseView;
import org.techan.wholesale.QuickOrderDraft;
import org.techan.wholesale.RequisitionState;
import org.techan.wholesale.RequisitionView;
import org.techan.wholesale.ShopDraft;

/**
 * A buyer's quick order becomes orders: checked again (stock and prices may have moved since the
 * draft was shown), then placed with orders as one bulk checkout, one order per shop, delivered to
 * the organisation's address; above the organisation's threshold it waits as a requisition until
 * an approver approves it, and its buyer places it then. Orders keeps the checkouts; an
 * organisation's members read them back by who placed them.
 */
@Singleton
class Purchases {

    private final Organisations organisations;
    private final QuickOrders quickOrders;
    private final Requisitions requisitions;
    private final OrdersApi orders;
    private final ProducingBases producingBases;
    private final DeliveryLocations locations;
    private final SoldTerms soldTerms;

    Purchases(
            Organisations organisations,
            QuickOrders quickOrders,
            Requisitions requisitions,
            OrdersApi orders,
            ProducingBases producingBases,
            DeliveryLocations locations,
            SoldTerms soldTerms) {
        this.soldTerms = soldTerms;
        this.producingBases = producingBases;
        this.locations = locations;
        this.organisations = organisations;
        this.quickOrders = quickOrders;
        this.requisitions = requisitions;
        this.orders = orders;
    }

    PlacedQuickOrder place(Actor buyer, PlaceQuickOrderCommand command) {
        OrganisationView organisation = buyersOrganisation(buyer);
        Optional<RequisitionView> sent = requisitions.byKey(buyer, organisation, command.requestKey());
        if (sent.isPresent()) {
            return new PlacedQuickOrder(null, sent.get());
        }
        QuickOrderDraft draft = checked(buyer, command.text());
        if (!draft.orderable()) {
            // A retry of an order already placed finds its own stock held now: it is answered, not refused.
            return new PlacedQuickOrder(
                    orders.orderGroupByKey(buyer, String.valueOf(command.requestKey()))
                            .orElseThrow(() -> new RuleViolationException(
                                    "wholesale.quick-order.not-orderable",
                                    draft.problems().size())),
                    null);
        }
        if (command.expectedGoods() != null && command.expectedGoods().compareTo(draft.goods()) != 0) {
            throw new ConflictException("wholesale.quick-order.prices-changed", command.expectedGoods(), draft.goods());
        }
        BulkOrderCommand bulk = bulk(locations.chosen(organisation.id(), command.deliverTo(), false), command, draft);
        if (command.collect()) {
            collectable(draft);
        }
        if (Requisitions.needsApproval(organisation, buyer, draft.goods())) {
            orders.checkBulkOrder(buyer, bulk);
            try {
                return new PlacedQuickOrder(
                        null,
                        requisitions.send(
                                buyer,
                                organisation,
                                command,
                                draft.goods(),
                                bulk.lines().size()));
            } catch (RequestKeys.KeptMeanwhile twice) {
                return new PlacedQuickOrder(
                        null,
                        requisitions
                                .byKey(buyer, organisation, command.requestKey())
                                .orElseThrow(() -> twice));
            }
        }
        return new PlacedQuickOrder(placed(orders.placeBulkOrder(buyer, bulk)), null);
    }

    /**
     * Its buyer places an approved requisition: checked again, at the goods total approved (a
     * price that moved since needs a new approval), under the key it was sent with.
     */
    OrderGroupView placeApproved(Actor buyer, long requisitionId) {
        OrganisationView organisation = buyersOrganisation(buyer);
        RequisitionView approved = requisitions.approvedOf(buyer, requisitionId);
        PlaceQuickOrderCommand command = requisitions.commandOf(requisitionId);
        if (approved.state() == RequisitionState.PLACED) {
            return orders.orderGroupByKey(buyer, command.requestKey()).orElseThrow();
        }
        QuickOrderDraft draft = checked(buyer, approved.lines());
        if (!draft.orderable()) {
            throw new RuleViolationException(
                    "wholesale.quick-order.not-orderable", draft.problems().size());
        }
        if (draft.goods().compareTo(approved.goods()) != 0) {
            throw new ConflictException("wholesale.requisition.prices-changed", approved.goods(), draft.goods());
        }
        if (command.collect()) {
            collectable(draft);
        }
        OrderGroupView placed = placed(orders.placeBulkOrder(
                buyer, bulk(locations.chosen(organisation.id(), command.deliverTo(), true), command, draft)));
        requisitions.placed(requisitionId, placed.number());
        return placed;
    }

    /** Keeps the terms its lines were sold under, for weighing and grading them at packing. */
    private OrderGroupView placed(OrderGroupView group) {
        soldTerms.keep(group);
        return group;
    }

    List<OrganisationOrder> ofOrganisation(Actor member, int page, int size) {
        PageBounds.check(page, size, 100);
        OrganisationView organisation = organisations.organisationOf(member);
        Map<Long, String> names = organisation.memberNames();
        return orders.orderGroupsOfBuyers(names.keySet(), page, size).stream()
                .map(group -> new OrganisationOrder(
                        group,
                        names.getOrDefault(group.buyerAccountId(), ""),
                        group.buyerAccountId() == member.accountId()))
                .toList();
    }

    private QuickOrderDraft checked(Actor buyer, String text) {
        return quickOrders.check(buyer, (text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
    }

    private static BulkOrderCommand bulk(
            DeliveryLocationView location, PlaceQuickOrderCommand command, QuickOrderDraft draft) {
        List<CartLine> lines = draft.shops().stream()
                .flatMap(shop -> shop.lines().stream())
                .map(line -> new CartLine(line.skuId(), line.packs()))
                .toList();
        return new BulkOrderCommand(
                command.requestKey(),
                lines,
                new DeliveryAddress(command.recipient(), command.phone(), location.regionCode(), location.street()),
                new BusinessTerms(command.purchaseOrder(), command.deliverOn()),
                draft.goods(),
                command.remarks(),
                command.collect() ? Fulfilment.COLLECTION : Fulfilment.DELIVERY);
    }

    /** Goods are collected only where a shop says where its producing base is. */
    private void collectable(QuickOrderDraft draft) {
        Set<String> shops = draft.shops().stream().map(ShopDraft::shopSlug).collect(Collectors.toSet());
        Set<String> withBase = producingBases.of(shops).stream()
                .map(ProducingBaseView::shopSlug)
                .collect(Collectors.toSet());
        List<String> without = draft.shops().stream()
                .filter(shop -> !withBase.contains(shop.shopSlug()))
                .map(ShopDraft::shopNameZh)
                .toList();
        if (!without.isEmpty()) {
            throw new RuleViolationException("wholesale.collect.no-base", String.join("、", without));
        }
    }

    /** The verified organisation in which this member places orders. */
    private OrganisationView buyersOrganisation(Actor buyer) {
        OrganisationView organisation = organisations.organisationOf(buyer);
        if (!organisation.verified() || !organisation.grants(buyer.accountId(), MemberRole.BUYER)) {
            throw new NotAllowedException("wholesale.buyers-only");
        }
        return organisation;
    }
}
