package org.techan.wholesale.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techan.orders.NoticeKind;
import org.techan.orders.OrdersApi;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.wholesale.MemberRole;
import org.techan.wholesale.OrganisationView;
import org.techan.wholesale.PlaceQuickOrderCommand;
import org.techan.wholesale.RequisitionState;
import org.techan.wholesale.RequisitionView;

/**
 * 采购申请: quick orders above an organisation's threshold, kept as sent until an approver of the
 * same organisation, other than the buyer, approves or refuses them with a reason. An answer is
 * given once: the second of two approvers answering at once gets a 409. The approvers are told
 * when one is sent and the buyer when it is answered, in their notices and by e-mail, in the same
 * transaction.
 */
@Singleton
class Requisitions {

    static final int MOST_NOTE = 200;
    private static final int LISTED = 50;

    private final WholesaleSql sql;
    private final Organisations organisations;
    private final OrdersApi orders;
    private final Clock clock;

    Requisitions(WholesaleSql sql, Organisations organisations, OrdersApi orders, Clock clock) {
        this.sql = sql;
        this.organisations = organisations;
        this.orders = orders;
        this.clock = clock;
    }

    /** Where the organisation's members answer and place requisitions. */
    static String page(long id) {
        return "/wholesale/orders#requisition-" + id;
    }

    /**
     * Whether an order of {@code goods} by this buyer waits for an approver: above the threshold,
     * unless nobody but the buyer could approve it.
     */
    static boolean needsApproval(OrganisationView organisation, Actor buyer, BigDecimal goods) {
        return organisation.approvalThreshold() != null
                && goods.compareTo(organisation.approvalThreshold()) > 0
                && organisation.members().stream()
                        .anyMatch(m -> m.can(MemberRole.APPROVER) && m.accountId() != buyer.accountId());
    }

    /** Keeps a checked quick order for approval; the same key again answers the first one. */
    @Transactional
    public RequisitionView send(
            Actor buyer, OrganisationView organisation, PlaceQuickOrderCommand command, BigDecimal goods, int lines) {
        try {
            long id = sql.insert(
                    "INSERT INTO wholesale_requisition (organisation_id, account_id, request_key, lines_text,"
                            + " line_count, purchase_order, deliver_on, recipient, phone, remarks, goods, collect,"
                            + " deliver_to, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING',"
                            + " ?)",
                    organisation.id(),
                    buyer.accountId(),
                    command.requestKey().strip(),
                    command.text(),
                    lines,
                    command.purchaseOrder().strip(),
                    java.sql.Date.valueOf(command.deliverOn()),
                    command.recipient().strip(),
                    command.phone().strip(),
                    command.remarks() == null || command.remarks().isBlank()
                            ? null
                            : command.remarks().strip(),
                    goods,
                    command.collect(),
                    command.deliverTo(),
                    Timestamp.from(clock.instant()));
            RequisitionView sent = find(organisation, id);
            tellApprovers(organisation, sent);
            return sent;
        } catch (RuntimeException failure) {
            if (WholesaleSql.duplicateKey(failure)) {
                throw new RequestKeys.KeptMeanwhile("A requisition", failure);
            }
            throw failure;
        }
    }

    /** What this buyer sent under this key, if anything. */
    @Transactional(readOnly = true)
    public Optional<RequisitionView> byKey(Actor buyer, OrganisationView organisation, @Nullable String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return sql
                .query(
                        SELECT + " WHERE account_id = ? AND request_key = ?",
                        row -> view(row, organisation.memberNames()),
                        buyer.accountId(),
                        key.strip())
                .stream()
                .findFirst();
    }

    /** The member's organisation's requisitions: those waiting first, then the latest. */
    @Transactional(readOnly = true)
    public List<RequisitionView> ofOrganisation(Actor member) {
        OrganisationView organisation = organisations.organisationOf(member);
        return sql.query(
                SELECT + " WHERE organisation_id = ? ORDER BY state <> 'WAITING', created_at DESC, id DESC LIMIT "
                        + LISTED,
                row -> view(row, organisation.memberNames()),
                organisation.id());
    }

    /**
     * An approver approves or refuses (with a reason) a requisition of their organisation.
     *
     * @throws NotAllowedException for anyone but another approver of the same organisation
     * @throws ConflictException once it was answered
     */
    @Transactional
    public RequisitionView decide(Actor approver, long id, boolean approve, @Nullable String reason) {
        OrganisationView organisation = organisations.organisationOf(approver);
        RequisitionView requisition = find(organisation, id);
        if (!organisation.grants(approver.accountId(), MemberRole.APPROVER) || !organisation.verified()) {
            throw new NotAllowedException("wholesale.approvers-only");
        }
        if (requisition.buyerAccountId() == approver.accountId()) {
            throw new NotAllowedException("wholesale.requisition.own");
        }
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        if (!approve && note == null) {
            throw new RuleViolationException("wholesale.refusal.reason-required");
        }
        if (note != null && note.length() > MOST_NOTE) {
            throw new RuleViolationException("wholesale.note.too-long", MOST_NOTE);
        }
        int answered = sql.update(
                "UPDATE wholesale_requisition SET state = ?, note = ?, decided_by = ?, decided_at = ?"
                        + " WHERE id = ? AND state = 'WAITING'",
                (approve ? RequisitionState.APPROVED : RequisitionState.REFUSED).name(),
                note,
                approver.accountId(),
                Timestamp.from(clock.instant()),
                id);
        if (answered != 1) {
            throw new ConflictException("wholesale.requisition.answered", requisition.purchaseOrder());
        }
        RequisitionView decided = find(organisation, id);
        tellBuyer(decided);
        return decided;
    }

    private void tellApprovers(OrganisationView organisation, RequisitionView sent) {
        List<String> details = List.of(
                sent.purchaseOrder(),
                sent.placedBy(),
                sent.goods().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        organisation.members().stream()
                .filter(m -> m.can(MemberRole.APPROVER) && m.accountId() != sent.buyerAccountId())
                .forEach(approver -> orders.tellMember(
                        approver.accountId(),
                        NoticeKind.REQUISITION_WAITING,
                        details,
                        page(sent.id()),
                        "requisition-" + sent.id() + "-to-" + approver.accountId()));
    }

    private void tellBuyer(RequisitionView decided) {
        boolean approved = decided.state() == RequisitionState.APPROVED;
        String approver = java.util.Objects.requireNonNullElse(decided.decidedBy(), "");
        List<String> details = approved
                ? List.of(decided.purchaseOrder(), approver)
                : List.of(decided.purchaseOrder(), approver, java.util.Objects.requireNonNullElse(decided.note(), ""));
        orders.tellMember(
                decided.buyerAccountId(),
                approved ? NoticeKind.REQUISITION_APPROVED : NoticeKind.REQUISITION_REFUSED,
                details,
                page(decided.id()),
                "requisition-" + decided.id() + "-answered");
    }

    /**
     * An approved requisition of this buyer's, to be placed.
     *
     * @throws NotFoundException for anyone else's
     * @throws ConflictException unless it is approved (or placed already)
     */
    @Transactional(readOnly = true)
    public RequisitionView approvedOf(Actor buyer, long id) {
        OrganisationView organisation = organisations.organisationOf(buyer);
        RequisitionView requisition = find(organisation, id);
        if (requisition.buyerAccountId() != buyer.accountId()) {
            throw new NotFoundException("wholesale.requisition.not-found", id);
        }
        if (requisition.state() != RequisitionState.APPROVED && requisition.state() != RequisitionState.PLACED) {
            throw new ConflictException("wholesale.requisition.not-approved", requisition.purchaseOrder());
        }
        return requisition;
    }

    /** Notes the checkout an approved requisition became. */
    @Transactional
    public void placed(long id, String orderNumber) {
        sql.update(
                "UPDATE wholesale_requisition SET state = 'PLACED', order_number = ? WHERE id = ? AND state = 'APPROVED'",
                orderNumber,
                id);
    }

    /** A requisition as it was sent, with its key: what its checkout is placed with. */
    @Transactional(readOnly = true)
    public PlaceQuickOrderCommand commandOf(long id) {
        return sql.query(
                        "SELECT request_key, lines_text, purchase_order, deliver_on, recipient, phone, goods, remarks,"
                                + " collect, deliver_to FROM wholesale_requisition WHERE id = ?",
                        row -> new PlaceQuickOrderCommand(
                                row.getString(1),
                                row.getString(2),
                                row.getString(3),
                                row.getDate(4).toLocalDate(),
                                row.getString(5),
                                row.getString(6),
                                row.getBigDecimal(7),
                                row.getString(8),
                                row.getBoolean(9),
                                row.getObject(10) == null ? null : row.getLong(10)),
                        id)
                .get(0);
    }

    private RequisitionView find(OrganisationView organisation, long id) {
        return sql
                .query(
                        SELECT + " WHERE id = ? AND organisation_id = ?",
                        row -> view(row, organisation.memberNames()),
                        id,
                        organisation.id())
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("wholesale.requisition.not-found", id));
    }

    private static final String SELECT = "SELECT id, account_id, purchase_order, deliver_on, goods, line_count, state,"
            + " note, decided_by, created_at, decided_at, order_number, lines_text FROM wholesale_requisition";

    private static RequisitionView view(ResultSet row, Map<Long, String> names) throws SQLException {
        Timestamp decided = row.getTimestamp("decided_at");
        long decidedBy = row.getLong("decided_by");
        return new RequisitionView(
                row.getLong("id"),
                row.getLong("account_id"),
                names.getOrDefault(row.getLong("account_id"), ""),
                row.getString("purchase_order"),
                row.getDate("deliver_on").toLocalDate(),
                row.getBigDecimal("goods"),
                row.getInt("line_count"),
                RequisitionState.valueOf(row.getString("state")),
                row.getString("note"),
                decided == null ? null : names.get(decidedBy),
                row.getTimestamp("created_at").toInstant(),
                decided == null ? null : decided.toInstant(),
                row.getString("order_number"),
                row.getString("lines_text"));
    }
}
