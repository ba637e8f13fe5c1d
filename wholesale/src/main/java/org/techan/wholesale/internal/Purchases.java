package org.techan.wholesale.internal;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.techan.orders.BulkOrderCommand;
import org.techan.orders.BusinessTerms;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrdersApi;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.PageBounds;
import org.techan.platform.RuleViolationException;
import org.techan.wholesale.MemberRole;
import org.techan.wholesale.MemberView;
import org.techan.wholesale.OrganisationOrder;
import org.techan.wholesale.OrganisationView;
import org.techan.wholesale.PlaceQuickOrderCommand;
import org.techan.wholesale.QuickOrderDraft;

/**
 * A buyer's quick order becomes orders: checked again (stock and prices may have moved since the
 * draft was shown), then placed with orders as one bulk checkout, one order per shop, delivered to
 * the organisation's address. Orders keeps them; an organisation's members read them back by who
 * placed them.
 */
@Singleton
class Purchases {

    private final Organisations organisations;
    private final QuickOrders quickOrders;
    private final OrdersApi orders;

    Purchases(Organisations organisations, QuickOrders quickOrders, OrdersApi orders) {
        this.organisations = organisations;
        this.quickOrders = quickOrders;
        this.orders = orders;
    }

    OrderGroupView place(Actor buyer, PlaceQuickOrderCommand command) {
        OrganisationView organisation = buyersOrganisation(buyer);
        String text = command.text() == null ? "" : command.text();
        QuickOrderDraft draft = quickOrders.check(buyer, text.getBytes(StandardCharsets.UTF_8));
        if (!draft.orderable()) {
            // A retry of an order already placed finds its own stock held now: it is answered, not refused.
            return orders.orderGroupByKey(buyer, String.valueOf(command.requestKey()))
                    .orElseThrow(() -> new RuleViolationException(
                            "wholesale.quick-order.not-orderable",
                            draft.problems().size()));
        }
        if (command.expectedGoods() != null && command.expectedGoods().compareTo(draft.goods()) != 0) {
            throw new ConflictException("wholesale.quick-order.prices-changed", command.expectedGoods(), draft.goods());
        }
        List<CartLine> lines = draft.shops().stream()
                .flatMap(shop -> shop.lines().stream())
                .map(line -> new CartLine(line.skuId(), line.packs()))
                .toList();
        DeliveryAddress address = new DeliveryAddress(
                command.recipient(), command.phone(), organisation.regionCode(), organisation.street());
        return orders.placeBulkOrder(
                buyer,
                new BulkOrderCommand(
                        command.requestKey(),
                        lines,
                        address,
                        new BusinessTerms(command.purchaseOrder(), command.deliverOn()),
                        draft.goods(),
                        command.remarks()));
    }

    List<OrganisationOrder> ofOrganisation(Actor member, int page, int size) {
        PageBounds.check(page, size, 100);
        OrganisationView organisation = organisations.organisationOf(member);
        Map<Long, String> names = organisation.members().stream()
                .collect(Collectors.toMap(MemberView::accountId, MemberView::displayName));
        return orders.orderGroupsOfBuyers(names.keySet(), page, size).stream()
                .map(group -> new OrganisationOrder(
                        group,
                        names.getOrDefault(group.buyerAccountId(), ""),
                        group.buyerAccountId() == member.accountId()))
                .toList();
    }

    /** The verified organisation in which this member places orders. */
    private OrganisationView buyersOrganisation(Actor buyer) {
        OrganisationView organisation = organisations.organisationOf(buyer);
        boolean buys = organisation.members().stream()
                .anyMatch(m -> m.accountId() == buyer.accountId() && m.can(MemberRole.BUYER));
        if (!organisation.verified() || !buys) {
            throw new NotAllowedException("wholesale.buyers-only");
        }
        return organisation;
    }
}
