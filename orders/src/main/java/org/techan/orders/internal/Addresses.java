package org.techan.orders.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.techan.catalog.CatalogReads;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionView;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.SavedAddress;
import org.techan.platform.Actor;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;

/** A consumer's address book: only they see or change it; the address used last comes first. */
@Singleton
class Addresses {

    static final int MOST_ADDRESSES = 20;

    private final JdbcOperations jdbc;
    private final CatalogReads catalog;
    private final Clock clock;

    Addresses(JdbcOperations jdbc, CatalogReads catalog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional
    public List<SavedAddress> of(Actor consumer) {
        consumerOnly(consumer);
        List<SavedAddress> book = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT id, recipient, phone, region_code, street FROM orders_address WHERE account_id = ?"
                        + " ORDER BY last_used_at DESC, id DESC",
                rows -> book.add(saved(
                        rows.getLong(1),
                        new DeliveryAddress(
                                rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)))),
                consumer.accountId());
        return book;
    }

    /** Keeps a checked address (an identical one is only moved to the front) and answers it. */
    @Transactional
    public SavedAddress remember(Actor consumer, DeliveryAddress given) {
        consumerOnly(consumer);
        DeliveryAddress address = AddressRules.checked(given);
        String regionName = regionName(address.regionCode());
        List<Long> same = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT id FROM orders_address WHERE account_id = ? AND recipient = ? AND phone = ?"
                        + " AND region_code = ? AND street = ?",
                rows -> same.add(rows.getLong(1)),
                consumer.accountId(),
                address.recipient(),
                address.phone(),
                address.regionCode(),
                address.street());
        if (!same.isEmpty()) {
            touch(same.get(0));
            return new SavedAddress(same.get(0), address, regionName);
        }
        if (count(consumer) >= MOST_ADDRESSES) {
            throw new RuleViolationException("address.book-full", MOST_ADDRESSES);
        }
        try {
            long id = Statements.insert(
                    jdbc,
                    "INSERT INTO orders_address (account_id, recipient, phone, region_code, street, last_used_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    consumer.accountId(),
                    address.recipient(),
                    address.phone(),
                    address.regionCode(),
                    address.street(),
                    Timestamp.from(clock.instant()));
            return new SavedAddress(id, address, regionName);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save an address", e);
        }
    }

    /** One of the consumer's addresses, moved to the front because it is being used. */
    @Transactional
    public DeliveryAddress use(Actor consumer, long id) {
        SavedAddress address = own(consumer, id);
        touch(id);
        return address.address();
    }

    @Transactional
    public void forget(Actor consumer, long id) {
        own(consumer, id);
        Statements.update(jdbc, "DELETE FROM orders_address WHERE id = ?", id);
    }

    private SavedAddress own(Actor consumer, long id) {
        return of(consumer).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("address.not-found", id));
    }

    private int count(Actor consumer) {
        int[] count = new int[1];
        Statements.query(
                jdbc,
                "SELECT COUNT(*) FROM orders_address WHERE account_id = ?",
                rows -> count[0] = rows.getInt(1),
                consumer.accountId());
        return count[0];
    }

    private void touch(long id) {
        Statements.update(
                jdbc, "UPDATE orders_address SET last_used_at = ? WHERE id = ?", Timestamp.from(clock.instant()), id);
    }

    private SavedAddress saved(long id, DeliveryAddress address) {
        return new SavedAddress(id, address, regionName(address.regionCode()));
    }

    private String regionName(String code) {
        try {
            return catalog.regionPath(RegionCode.parse(code)).stream()
                    .map(RegionView::nameZh)
                    .collect(Collectors.joining(" "));
        } catch (NotFoundException unknown) {
            throw new RuleViolationException("checkout.address.region-unknown", code);
        }
    }

    private static void consumerOnly(Actor actor) {
        if (actor.role() != Role.CONSUMER) {
            throw new NotAllowedException("checkout.consumers-only");
        }
    }
}
