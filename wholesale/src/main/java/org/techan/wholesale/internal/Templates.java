package org.techan.wholesale.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrdersApi;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.wholesale.MemberView;
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
        int replaced = sql.update(
                "UPDATE wholesale_template SET lines_text = ?, line_count = ?, saved_by = ?, saved_at = ?"
                        + " WHERE organisation_id = ? AND name = ?",
                lines,
                count,
                member.accountId(),
                Timestamp.from(clock.instant()),
                organisation.id(),
                clean);
        if (replaced == 0) {
            if (of(organisation).size() >= MOST_TEMPLATES) {
                throw new RuleViolationException("wholesale.template.too-many", MOST_TEMPLATES);
            }
            sql.update(
                    "INSERT INTO wholesale_template (organisation_id, name, lines_text, line_count, saved_by,"
                            + " saved_at) VALUES (?, ?, ?, ?, ?, ?)",
                    organisation.id(),
                    clean,
                    lines,
                    count,
                    member.accountId(),
                    Timestamp.from(clock.instant()));
        }
        return of(organisation).stream()
                .filter(t -> t.name().equals(clean))
                .findFirst()
                .orElseThrow(() -> new ConflictException("wholesale.template.name", MOST_NAME));
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
        OrderGroupView group = orders.orderGroupOfBuyers(
                organisation.members().stream().map(MemberView::accountId).toList(), groupNumber);
        StringBuilder lines = new StringBuilder("sku,quantity\n");
        group.orders().stream().flatMap(order -> order.lines().stream()).forEach(line -> lines.append(line.skuId())
                .append(',')
                .append(line.quantity())
                .append('\n'));
        return lines.toString();
    }

    private List<TemplateView> of(OrganisationView organisation) {
        Map<Long, String> names = organisation.members().stream()
                .collect(Collectors.toMap(MemberView::accountId, MemberView::displayName));
        return sql.query(
                "SELECT id, name, lines_text, line_count, saved_by, saved_at FROM wholesale_template"
                        + " WHERE organisation_id = ? ORDER BY name",
                row -> new TemplateView(
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getInt(4),
                        names.getOrDefault(row.getLong(5), ""),
                        row.getTimestamp(6).toInstant()),
                organisation.id());
    }
}
