package org.techan.wholesale.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrdersApi;
import org.techan.platform.Actor;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.wholesale.OrganisationView;
import org.techan.wholesale.TemplateView;

/**
 * An organisation's saved quick orders, shared by its members, and the lines of a past order to
 * order again: both give the quick-order box its text, checked as any other before anything is
 * placed.
 */
@Singleton
class Templates {

    static final int MOST_TEMPLATES = 50;
    private static final int MOST_NAME = 60;

    private final WholesaleSql sql;
    private final Organisations organisations;
    private final OrdersApi orders;
    private final Clock clock;

    Templates(WholesaleSql sql, Organisations organisations, OrdersApi orders, Clock clock) {
        this.sql = sql;
        this.organisations = organisations;
        this.orders = orders;
        this.clock = clock;
    }

    /**
     * Keeps the lines under a name; the organisation's template of that name is replaced.
     *
     * @throws RuleViolationException for a blank or long name, lines that are no file, or too many templates
     */
    @Transactional
    public TemplateView save(Actor member, String name, String lines) {
        OrganisationView organisation = organisations.organisationOf(member);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MOST_NAME) {
            throw new RuleViolationException("wholesale.template.name", MOST_NAME);
        }
        // The same reading as a check: a template holds what the quick-order box accepts.
        int count = QuickOrderFile.read((lines == null ? "" : lines).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .size();
        List<TemplateView> kept = of(organisation);
        if (kept.size() >= MOST_TEMPLATES
                && kept.stream().noneMatch(t -> t.name().equals(clean))) {
            throw new RuleViolationException("wholesale.template.too-many", MOST_TEMPLATES);
        }
        // One statement whether the name is new or kept: two members saving the same name at once
        // both succeed, the later one's lines kept, instead of the second insert failing.
        sql.update(
                "INSERT INTO wholesale_template (organisation_id, name, lines_text, line_count, saved_by, saved_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE lines_text = VALUES(lines_text),"
                        + " line_count = VALUES(line_count), saved_by = VALUES(saved_by), saved_at = VALUES(saved_at)",
                organisation.id(),
                clean,
                lines,
                count,
                member.accountId(),
                Timestamp.from(clock.instant()));
        // A locking read sees the row as it now stands, also when a colleague's save at the same
        // moment wrote it and this transaction's snapshot predates that.
        return read(organisation, " AND name = ? FOR UPDATE", clean).get(0);
    }

    /** The member's organisation's templates, by name. */
    @Transactional(readOnly = true)
    public List<TemplateView> ofOrganisation(Actor member) {
        return of(organisations.organisationOf(member));
    }

    /**
     * One of the organisation's templates.
     *
     * @throws NotFoundException for another organisation's, or none
     */
    @Transactional(readOnly = true)
    public TemplateView one(Actor member, long id) {
        return ofOrganisation(member).stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("wholesale.template.not-found", id));
    }

    @Transactional
    public void delete(Actor member, long id) {
        OrganisationView organisation = organisations.organisationOf(member);
        if (sql.update("DELETE FROM wholesale_template WHERE id = ? AND organisation_id = ?", id, organisation.id())
                != 1) {
            throw new NotFoundException("wholesale.template.not-found", id);
        }
    }

    /**
     * A past order of the organisation as quick-order lines: each SKU with the packs ordered.
     *
     * @throws NotFoundException for an order no member of the organisation placed
     */
    public String linesOf(Actor member, String groupNumber) {
        OrganisationView organisation = organisations.organisationOf(member);
        OrderGroupView group = orders.orderGroupOfBuyers(organisation.memberIds(), groupNumber);
        StringBuilder lines = new StringBuilder("sku,quantity\n");
        group.orders().stream().flatMap(order -> order.lines().stream()).forEach(line -> lines.append(line.skuId())
                .append(',')
                .append(line.quantity())
                .append('\n'));
        return lines.toString();
    }

    private List<TemplateView> of(OrganisationView organisation) {
        return read(organisation, " ORDER BY name");
    }

    private List<TemplateView> read(OrganisationView organisation, String rest, Object... more) {
        Map<Long, String> names = organisation.memberNames();
        List<Object> parameters = new java.util.ArrayList<>();
        parameters.add(organisation.id());
        parameters.addAll(List.of(more));
        return sql.query(
                "SELECT id, name, lines_text, line_count, saved_by, saved_at FROM wholesale_template"
                        + " WHERE organisation_id = ?" + rest,
                row -> new TemplateView(
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getInt(4),
                        names.getOrDefault(row.getLong(5), ""),
                        row.getTimestamp(6).toInstant()),
                parameters.toArray());
    }
}
