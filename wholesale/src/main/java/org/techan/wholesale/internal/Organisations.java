package org.techan.wholesale.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.techan.catalog.CatalogReads;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionLevel;
import org.techan.platform.AccountView;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.wholesale.AddMemberCommand;
import org.techan.wholesale.ApplyOrganisationCommand;
import org.techan.wholesale.CreditCode;
import org.techan.wholesale.MemberRole;
import org.techan.wholesale.MemberView;
import org.techan.wholesale.OrganisationState;
import org.techan.wholesale.OrganisationView;

/**
 * Buyer organisations: a company applies with its contact's own account, an operator verifies or
 * refuses it, and its admins add colleagues with roles. Members see only their own organisation.
 * Answers are conditional updates from the state read, so two operators answering at once get one
 * answer and a 409.
 */
@Singleton
class Organisations {

    private static final int MOST_NAME = 100;
    private static final int MOST_STREET = 200;
    private static final int MOST_NOTE = 200;
    private static final int LISTED = 100;

    private final WholesaleSql sql;
    private final Accounts accounts;
    private final CatalogReads catalog;
    private final Clock clock;

    Organisations(WholesaleSql sql, Accounts accounts, CatalogReads catalog, Clock clock) {
        this.sql = sql;
        this.accounts = accounts;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional
    public OrganisationView apply(ApplyOrganisationCommand command, String source) {
        String name = required(command.name(), MOST_NAME, "wholesale.name.required");
        if (command.creditCode() == null || command.creditCode().isBlank()) {
            throw new RuleViolationException("wholesale.credit-code.required");
        }
        String code = CreditCode.normalized(command.creditCode());
        if (code == null) {
            throw new RuleViolationException("wholesale.credit-code.invalid", String.valueOf(command.creditCode()));
        }
        if (command.kind() == null) {
            throw new RuleViolationException("wholesale.kind.required");
        }
        String region = deliveryRegion(command.regionCode());
        String street = required(command.street(), MOST_STREET, "wholesale.street.required");
        if (command.contact() == null) {
            throw new RuleViolationException("wholesale.contact.required");
        }
        if (!sql.query("SELECT 1 FROM wholesale_organisation WHERE credit_code = ?", row -> 1, code)
                .isEmpty()) {
            throw new ConflictException("wholesale.credit-code.taken", code);
        }
        AccountView contact = accounts.signUp(command.contact(), source, Role.WHOLESALE_BUYER);
        long id;
        try {
            id = sql.insert(
                    "INSERT INTO wholesale_organisation (name, credit_code, kind, region_code, street, state,"
                            + " applied_by, applied_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)",
                    name,
                    code,
                    command.kind().name(),
                    region,
                    street,
                    contact.id(),
                    Timestamp.from(clock.instant()));
        } catch (RuntimeException failure) {
            if (WholesaleSql.duplicateKey(failure)) {
                // The same company applying twice at once: the other request came first.
                throw new ConflictException("wholesale.credit-code.taken", code);
            }
            throw failure;
        }
        addMemberRow(id, contact.id(), EnumSet.allOf(MemberRole.class), contact.id());
        // The address it applies with is its first delivery location, called by its name.
        DeliveryLocations.insert(sql, id, name, region, street, contact.id(), clock);
        return view(id);
    }

    @Transactional(readOnly = true)
    public OrganisationView organisationOf(Actor member) {
        return view(organisationIdOf(member));
    }

    @Transactional(readOnly = true)
    public OrganisationView organisation(Actor actor, long id) {
        if (actor == null || (!actor.isOperator() && !isMember(actor, id))) {
            throw new NotFoundException("wholesale.organisation.not-found", id);
        }
        return view(id);
    }

    @Transactional(readOnly = true)
    public List<OrganisationView> applications(Actor operator) {
        requireOperator(operator);
        List<Long> ids = sql.query(
                "SELECT id FROM wholesale_organisation ORDER BY state <> 'PENDING', IF(state = 'PENDING', applied_at,"
                        + " NULL), reviewed_at DESC, id DESC LIMIT " + LISTED,
                row -> row.getLong(1));
        return views(ids);
    }

    @Transactional
    public OrganisationView review(Actor operator, long id, boolean verify, @Nullable String reason) {
        requireOperator(operator);
        OrganisationView organisation = view(id);
        if (verify && organisation.state() == OrganisationState.PENDING && !organisation.licenceAttached()) {
            throw new ConflictException("wholesale.licence.missing", organisation.name());
        }
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        if (!verify && note == null) {
            throw new RuleViolationException("wholesale.refusal.reason-required");
        }
        if (note != null && note.length() > MOST_NOTE) {
            throw new RuleViolationException("wholesale.note.too-long", MOST_NOTE);
        }
        int answered = sql.update(
                "UPDATE wholesale_organisation SET state = ?, review_note = ?, reviewed_by = ?, reviewed_at = ?"
                        + " WHERE id = ? AND state = 'PENDING'",
                (verify ? OrganisationState.VERIFIED : OrganisationState.REFUSED).name(),
                note,
                operator.accountId(),
                Timestamp.from(clock.instant()),
                id);
        if (answered != 1) {
            throw new ConflictException("wholesale.organisation.answered", organisation.name());
        }
        return view(id);
    }

    /**
     * Keeps the key of a stored licence scan for the admin's organisation while it waits for
     * review; a new scan replaces the one before.
     */
    @Transactional
    public OrganisationView attachLicence(Actor admin, String licenceKey) {
        long id = organisationIdOf(admin);
        OrganisationView organisation = view(id);
        if (!organisation.grants(admin.accountId(), MemberRole.ADMIN)) {
            throw new NotAllowedException("wholesale.admins-only");
        }
        int attached = sql.update(
                "UPDATE wholesale_organisation SET licence_key = ? WHERE id = ? AND state = 'PENDING'", licenceKey, id);
        if (attached != 1) {
            throw new ConflictException("wholesale.licence.reviewed", organisation.name());
        }
        return view(id);
    }

    /** The key of an organisation's licence scan: for an operator, or a member of it. */
    @Transactional(readOnly = true)
    public String licenceKey(Actor actor, long id) {
        organisation(actor, id);
        return sql
                .query("SELECT licence_key FROM wholesale_organisation WHERE id = ?", row -> row.getString(1), id)
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("wholesale.licence.none", id));
    }

    @Transactional
    public MemberView addMember(Actor admin, AddMemberCommand command) {
        long organisation = adminOf(admin);
        Set<MemberRole> roles = roles(command.roles());
        AccountView account = accounts.register(new RegisterAccountCommand(
                command.login(), command.password(), command.displayName(), Role.WHOLESALE_BUYER));
        addMemberRow(organisation, account.id(), roles, admin.accountId());
        return member(account.id());
    }

    @Transactional
    public MemberView changeRoles(Actor admin, long accountId, Set<MemberRole> changed) {
        long organisation = adminOf(admin);
        Set<MemberRole> roles = roles(changed);
        // The organisation's member rows are ours until the commit: two admins demoting each other
        // at once cannot both succeed and leave nobody in charge.
        List<Long> admins = sql.query(
                "SELECT account_id FROM wholesale_member WHERE organisation_id = ? AND admin FOR UPDATE",
                row -> row.getLong(1),
                organisation);
        if (!roles.contains(MemberRole.ADMIN) && admins.equals(List.of(accountId))) {
            throw new ConflictException("wholesale.member.last-admin");
        }
        int changedRows = sql.update(
                "UPDATE wholesale_member SET buyer = ?, approver = ?, admin = ? WHERE account_id = ? AND organisation_id = ?",
                roles.contains(MemberRole.BUYER),
                roles.contains(MemberRole.APPROVER),
                roles.contains(MemberRole.ADMIN),
                accountId,
                organisation);
        if (changedRows != 1) {
            throw new NotFoundException("wholesale.member.not-found", accountId);
        }
        return member(accountId);
    }

    /** The most an approval threshold may be: what DECIMAL(12,2) holds. */
    private static final BigDecimal MOST_THRESHOLD = new BigDecimal("9999999999.99");

    /**
     * An admin sets the goods total above which orders wait for an approver, or none.
     *
     * @throws RuleViolationException for a negative amount, or one with fractions of a cent
     */
    @Transactional
    public OrganisationView setApprovalThreshold(Actor admin, @Nullable BigDecimal threshold) {
        long organisation = adminOf(admin);
        if (threshold != null
                && (threshold.signum() < 0 || threshold.scale() > 2 || threshold.compareTo(MOST_THRESHOLD) > 0)) {
            throw new RuleViolationException("wholesale.threshold.invalid", threshold.toPlainString());
        }
        sql.update("UPDATE wholesale_organisation SET approval_threshold = ? WHERE id = ?", threshold, organisation);
        return view(organisation);
    }

    /** Whether a wholesale buyer may buy at wholesale prices: a member of a verified organisation. */
    @Transactional(readOnly = true)
    public boolean buysWholesale(Actor buyer) {
        return buyer != null
                && buyer.role() == Role.WHOLESALE_BUYER
                && !sql.query(
                                "SELECT 1 FROM wholesale_member m JOIN wholesale_organisation o ON o.id = m.organisation_id"
                                        + " WHERE m.account_id = ? AND o.state = 'VERIFIED'",
                                row -> 1,
                                buyer.accountId())
                        .isEmpty();
    }

    /** A verified organisation a buyer buys for: what price lists are chosen by. */
    record Buying(long organisationId, org.techan.wholesale.OrganisationKind kind) {}

    /** The verified organisation this wholesale buyer is a member of, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Buying> buying(Actor buyer) {
        if (buyer == null || buyer.role() != Role.WHOLESALE_BUYER) {
            return java.util.Optional.empty();
        }
        return sql
                .query(
                        "SELECT o.id, o.kind FROM wholesale_member m JOIN wholesale_organisation o ON o.id ="
                                + " m.organisation_id WHERE m.account_id = ? AND o.state = 'VERIFIED'",
                        row -> new Buying(
                                row.getLong(1), org.techan.wholesale.OrganisationKind.valueOf(row.getString(2))),
                        buyer.accountId())
                .stream()
                .findFirst();
    }

    /**
     * The verified organisation with this unified social credit code.
     *
     * @throws RuleViolationException when none has it
     */
    @Transactional(readOnly = true)
    public long verifiedIdByCode(String creditCode) {
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase(java.util.Locale.ROOT);
        return sql
                .query(
                        "SELECT id FROM wholesale_organisation WHERE credit_code = ? AND state = 'VERIFIED'",
                        row -> row.getLong(1),
                        code)
                .stream()
                .findFirst()
                // A code typed into a form: a mistake to fix there, not a missing page.
                .orElseThrow(() -> new RuleViolationException("wholesale.organisation.unknown-code", code));
    }

    /** The organisation an account is a member of. */
    long organisationIdOf(Actor member) {
        if (member == null || member.role() != Role.WHOLESALE_BUYER) {
            throw new NotFoundException("wholesale.organisation.none");
        }
        return sql
                .query(
                        "SELECT organisation_id FROM wholesale_member WHERE account_id = ?",
                        row -> row.getLong(1),
                        member.accountId())
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("wholesale.organisation.none"));
    }

    private boolean isMember(Actor actor, long organisationId) {
        return actor.role() == Role.WHOLESALE_BUYER
                && !sql.query(
                                "SELECT 1 FROM wholesale_member WHERE account_id = ? AND organisation_id = ?",
                                row -> 1,
                                actor.accountId(),
                                organisationId)
                        .isEmpty();
    }

    /** The verified organisation an admin manages. */
    long adminOf(Actor admin) {
        long organisation = organisationIdOf(admin);
        OrganisationView view = view(organisation);
        if (!view.grants(admin.accountId(), MemberRole.ADMIN) || !view.verified()) {
            throw new NotAllowedException("wholesale.admins-only");
        }
        return organisation;
    }

    private void addMemberRow(long organisation, long account, Set<MemberRole> roles, long addedBy) {
        sql.update(
                "INSERT INTO wholesale_member (account_id, organisation_id, buyer, approver, admin, added_by, added_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                account,
                organisation,
                roles.contains(MemberRole.BUYER),
                roles.contains(MemberRole.APPROVER),
                roles.contains(MemberRole.ADMIN),
                addedBy,
                Timestamp.from(clock.instant()));
    }

    private OrganisationView view(long id) {
        List<OrganisationView> views = views(List.of(id));
        if (views.isEmpty()) {
            throw new NotFoundException("wholesale.organisation.not-found", id);
        }
        return views.get(0);
    }

    /**
     * Organisations with their members, in {@code ids}' order, in three reads whatever their
     * number: the organisations, their members, the members' accounts.
     */
    private List<OrganisationView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        record Member(long organisationId, MemberView member) {}
        List<Member> rows = sql.query(
                "SELECT organisation_id, account_id, buyer, approver, admin FROM wholesale_member"
                        + " WHERE organisation_id IN (" + in + ") ORDER BY added_at, account_id",
                row -> new Member(row.getLong("organisation_id"), memberRow(row)),
                ids.toArray());
        java.util.Map<Long, AccountView> accountsById =
                accounts.accounts(rows.stream().map(m -> m.member().accountId()).toList()).stream()
                        .collect(java.util.stream.Collectors.toMap(AccountView::id, a -> a));
        java.util.Map<Long, List<MemberView>> members = new java.util.HashMap<>();
        for (Member row : rows) {
            AccountView account = accountsById.get(row.member().accountId());
            members.computeIfAbsent(row.organisationId(), id -> new java.util.ArrayList<>())
                    .add(new MemberView(
                            row.member().accountId(),
                            account.login(),
                            account.displayName(),
                            row.member().roles()));
        }
        java.util.Map<Long, OrganisationView> found = new java.util.HashMap<>();
        sql.query(
                        "SELECT * FROM wholesale_organisation WHERE id IN (" + in + ")",
                        row -> organisation(row, members.getOrDefault(row.getLong("id"), List.of())),
                        ids.toArray())
                .forEach(view -> found.put(view.id(), view));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private MemberView member(long accountId) {
        return sql
                .query(
                        "SELECT account_id, buyer, approver, admin FROM wholesale_member WHERE account_id = ?",
                        Organisations::memberRow,
                        accountId)
                .stream()
                .map(this::named)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("wholesale.member.not-found", accountId));
    }

    /** A member row with the account's login and name (the platform's to tell). */
    private MemberView named(MemberView row) {
        AccountView account = accounts.account(row.accountId());
        return new MemberView(row.accountId(), account.login(), account.displayName(), row.roles());
    }

    private OrganisationView organisation(ResultSet row, List<MemberView> members) throws SQLException {
        Timestamp reviewed = row.getTimestamp("reviewed_at");
        return new OrganisationView(
                row.getLong("id"),
                row.getString("name"),
                row.getString("credit_code"),
                org.techan.wholesale.OrganisationKind.valueOf(row.getString("kind")),
                row.getString("region_code"),
                row.getString("street"),
                OrganisationState.valueOf(row.getString("state")),
                row.getString("review_note"),
                row.getTimestamp("applied_at").toInstant(),
                reviewed == null ? null : reviewed.toInstant(),
                members,
                row.getBigDecimal("approval_threshold"),
                row.getString("licence_key") != null);
    }

    private static MemberView memberRow(ResultSet row) throws SQLException {
        Set<MemberRole> roles = EnumSet.noneOf(MemberRole.class);
        if (row.getBoolean("buyer")) {
            roles.add(MemberRole.BUYER);
        }
        if (row.getBoolean("approver")) {
            roles.add(MemberRole.APPROVER);
        }
        if (row.getBoolean("admin")) {
            roles.add(MemberRole.ADMIN);
        }
        return new MemberView(row.getLong("account_id"), "", "", Set.copyOf(roles));
    }

    private static Set<MemberRole> roles(Set<MemberRole> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolationException("wholesale.member.roles-required");
        }
        return Set.copyOf(roles);
    }

    /** A delivery location is a county or below: a province or city alone is no address. */
    String deliveryRegion(@Nullable String typed) {
        RegionCode code = RegionCode.parse(typed == null ? "" : typed);
        if (code.level() == RegionLevel.PROVINCE || code.level() == RegionLevel.CITY) {
            throw new RuleViolationException("wholesale.region.too-coarse", code.value());
        }
        try {
            // The country's divisions as well as the marketplace's own regions.
            catalog.regionPath(code);
        } catch (NotFoundException unknown) {
            throw new RuleViolationException("wholesale.region.unknown", code.value());
        }
        return code.value();
    }

    static String required(@Nullable String text, int most, String key) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > most) {
            throw new RuleViolationException(key, most);
        }
        return value;
    }

    private static void requireOperator(Actor operator) {
        if (operator == null || !operator.isOperator()) {
            throw new NotAllowedException("wholesale.operators-only");
        }
    }
}
