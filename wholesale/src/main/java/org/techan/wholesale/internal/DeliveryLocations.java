package org.techan.wholesale.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.wholesale.DeliveryLocationCommand;
import org.techan.wholesale.DeliveryLocationView;

/**
 * An organisation's delivery locations (收货地点). The address it applied with is the first; its
 * admins add more and remove any but the last. Adding and removing lock the organisation's row, so
 * two admins removing its last two locations at once leave one. A removed location stays for the
 * purchase requests that name it and is never offered again.
 */
@Singleton
class DeliveryLocations {

    static final int MOST = 20;
    static final int MOST_LABEL = 100;
    static final int MOST_STREET = 200;

    private static final String SELECT = "SELECT id, label, region_code, street FROM wholesale_delivery_location";

    private final WholesaleSql sql;
    private final Organisations organisations;
    private final Clock clock;

    DeliveryLocations(WholesaleSql sql, Organisations organisations, Clock clock) {
        this.sql = sql;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The locations orders of the member's organisation may go to, the first one first. */
    @Transactional(readOnly = true)
    public List<DeliveryLocationView> of(Actor member) {
        return current(organisations.organisationIdOf(member));
    }

    /**
     * An admin of a verified organisation adds a location. The same location sent again (a form
     * sent twice, two requests at once: the organisation's row serialises them) answers the one
     * kept.
     *
     * @throws RuleViolationException for a label, division or street that does not make one, or
     *     one location too many
     */
    @Transactional
    public DeliveryLocationView add(Actor admin, DeliveryLocationCommand command) {
        long organisation = organisations.adminOf(admin);
        String label = Organisations.required(command.label(), MOST_LABEL, "wholesale.location.label.required");
        String region = organisations.deliveryRegion(command.regionCode());
        String street = Organisations.required(command.street(), MOST_STREET, "wholesale.street.required");
        List<DeliveryLocationView> current = locked(organisation);
        java.util.Optional<DeliveryLocationView> same = current.stream()
                .filter(l -> l.label().equals(label)
                        && l.regionCode().equals(region)
                        && l.street().equals(street))
                .findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        if (current.size() >= MOST) {
            throw new RuleViolationException("wholesale.location.too-many", MOST);
        }
        long id = insert(sql, organisation, label, region, street, admin.accountId(), clock);
        return new DeliveryLocationView(id, label, region, street);
    }

    /**
     * An admin removes a location; it is no longer offered.
     *
     * @throws NotFoundException for a location of another organisation, or one removed already
     * @throws ConflictException for the organisation's last location
     */
    @Transactional
    public void remove(Actor admin, long id) {
        long organisation = organisations.adminOf(admin);
        List<DeliveryLocationView> current = locked(organisation);
        DeliveryLocationView removed = current.stream()
                .filter(location -> location.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("wholesale.location.not-found", id));
        if (current.size() == 1) {
            throw new ConflictException("wholesale.location.last", removed.label());
        }
        sql.update(
                "UPDATE wholesale_delivery_location SET removed_at = ? WHERE id = ?",
                Timestamp.from(clock.instant()),
                id);
    }

    /**
     * Where an order of the organisation goes: the location chosen, or its first when none is. A
     * purchase request approved for a location removed since still goes there ({@code removedToo}).
     *
     * @throws RuleViolationException for a location the organisation cannot choose
     */
    @Transactional(readOnly = true)
    public DeliveryLocationView chosen(long organisation, @Nullable Long id, boolean removedToo) {
        if (id == null) {
            return current(organisation).get(0);
        }
        return sql
                .query(
                        SELECT
                                + " WHERE id = ? AND organisation_id = ?"
                                + (removedToo ? "" : " AND removed_at IS NULL"),
                        DeliveryLocations::view,
                        id,
                        organisation)
                .stream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("wholesale.location.unknown", id));
    }

    private List<DeliveryLocationView> current(long organisation) {
        return sql.query(
                SELECT + " WHERE organisation_id = ? AND removed_at IS NULL ORDER BY id",
                DeliveryLocations::view,
                organisation);
    }

    /**
     * The current locations, read after locking the organisation's row: a locking read, so it sees
     * what another admin committed while this one waited (a plain read would see the snapshot
     * taken before the wait).
     */
    private List<DeliveryLocationView> locked(long organisation) {
        sql.query("SELECT id FROM wholesale_organisation WHERE id = ? FOR UPDATE", row -> 1, organisation);
        return sql.query(
                SELECT + " WHERE organisation_id = ? AND removed_at IS NULL ORDER BY id FOR UPDATE",
                DeliveryLocations::view,
                organisation);
    }

    /**
     * Keeps a location; static, for {@link Organisations#apply} keeps the first one with the
     * application (and this class asks Organisations who may add more).
     */
    static long insert(
            WholesaleSql sql, long organisation, String label, String region, String street, long by, Clock clock) {
        return sql.insert(
                "INSERT INTO wholesale_delivery_location (organisation_id, label, region_code, street, added_by,"
                        + " added_at) VALUES (?, ?, ?, ?, ?, ?)",
                organisation,
                label,
                region,
                street,
                by,
                Timestamp.from(clock.instant()));
    }

    private static DeliveryLocationView view(java.sql.ResultSet row) throws java.sql.SQLException {
        return new DeliveryLocationView(row.getLong(1), row.getString(2), row.getString(3), row.getString(4));
    }
}
