package org.techan.wholesale.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techan.orders.BuyerSales;
import org.techan.orders.OrdersApi;
import org.techan.platform.Actor;
import org.techan.platform.NotAllowedException;
import org.techan.platform.RuleViolationException;
import org.techan.wholesale.KindSales;
import org.techan.wholesale.OrganisationKind;

/**
 * Wholesale sales by kind of organisation, for operators and the county officials they report
 * to: the verified organisations' members are asked of orders in one call, and their sales added
 * up by their organisation's kind.
 */
@Singleton
class SalesByKind {

    /** The longest period asked at once: a year, leap day included. */
    static final int MOST_DAYS = 366;

    private final WholesaleSql sql;
    private final OrdersApi orders;

    SalesByKind(WholesaleSql sql, OrdersApi orders) {
        this.sql = sql;
        this.orders = orders;
    }

    /**
     * @throws NotAllowedException for anyone but an operator
     * @throws RuleViolationException for a period that ends before it starts or is longer than a year
     */
    @io.micronaut.transaction.annotation.Transactional(readOnly = true)
    public List<KindSales> report(Actor operator, LocalDate from, LocalDate to) {
        if (operator == null || !operator.isOperator()) {
            throw new NotAllowedException("wholesale.operators-only");
        }
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MOST_DAYS) {
            throw new RuleViolationException("wholesale.report.period.invalid", MOST_DAYS);
        }
        record Member(long accountId, long organisationId, OrganisationKind kind) {}
        List<Member> members = sql.query(
                "SELECT m.account_id, o.id, o.kind FROM wholesale_member m"
                        + " JOIN wholesale_organisation o ON o.id = m.organisation_id WHERE o.state = 'VERIFIED'",
                row -> new Member(row.getLong(1), row.getLong(2), OrganisationKind.valueOf(row.getString(3))));
        Map<Long, Member> byAccount = new HashMap<>();
        Map<OrganisationKind, Set<Long>> organisations = new EnumMap<>(OrganisationKind.class);
        for (Member member : members) {
            byAccount.put(member.accountId(), member);
            organisations
                    .computeIfAbsent(member.kind(), kind -> new HashSet<>())
                    .add(member.organisationId());
        }
        Map<OrganisationKind, Totals> totals = new EnumMap<>(OrganisationKind.class);
        for (BuyerSales sales : orders.salesOfBuyers(byAccount.keySet(), from, to)) {
            Member member = byAccount.get(sales.accountId());
            totals.computeIfAbsent(member.kind(), kind -> new Totals()).add(member.organisationId(), sales);
        }
        return java.util.Arrays.stream(OrganisationKind.values())
                .map(kind -> totals.getOrDefault(kind, new Totals())
                        .of(kind, organisations.getOrDefault(kind, Set.of()).size()))
                .toList();
    }

    /** One kind's sums while they are added up. */
    private static final class Totals {
        private final Set<Long> buying = new HashSet<>();
        private int orders;
        private BigDecimal goods = BigDecimal.ZERO.setScale(2);
        private BigDecimal refunded = BigDecimal.ZERO.setScale(2);

        void add(long organisationId, BuyerSales sales) {
            buying.add(organisationId);
            orders += sales.orders();
            goods = goods.add(sales.goods());
            refunded = refunded.add(sales.refunded());
        }

        KindSales of(OrganisationKind kind, int organisations) {
            return new KindSales(kind, organisations, buying.size(), orders, goods, refunded);
        }
    }
}
