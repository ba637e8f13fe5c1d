package org.techan.orders.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.techan.catalog.CatalogReads;
import org.techan.catalog.DivisionPlace;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionLevel;
import org.techan.catalog.SkuOnSale;
import org.techan.catalog.TemperatureClass;
import org.techan.orders.OpenStoreCommand;
import org.techan.orders.PickupSlotView;
import org.techan.orders.StoreView;
import org.techan.platform.AccountView;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;

/**
 * Community pickup stores, their clerks and their collection days. A store offers the next
 * {@value #OFFERED_DAYS} days from the first one its cut-off still allows (order by 22:00, collect
 * tomorrow); a day is booked by a conditional increment, so it never takes more than it holds.
 */
@Singleton
class Stores {

    static final int OFFERED_DAYS = 3;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,38}[a-z0-9]");
    private static final String COLUMNS = "s.code, s.kind, s.name_zh, s.name_en, s.region_code, s.street, s.latitude,"
            + " s.longitude, s.opens, s.closes, s.cut_off, s.daily_capacity, s.chilled_capacity, s.frozen_capacity,"
            + " s.hold_days";

    private final JdbcOperations jdbc;
    private final CatalogReads catalog;
    private final Accounts accounts;
    private final Clock clock;
    private final RegionLevel reach;

    Stores(
            JdbcOperations jdbc,
            CatalogReads catalog,
            Accounts accounts,
            Clock clock,
            @Value("${techan.pickup.reach:CITY}") RegionLevel reach) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.accounts = accounts;
        this.clock = clock;
        this.reach = reach;
    }

    @Transactional
    public StoreView open(Actor operator, OpenStoreCommand command) {
        operatorOnly(operator);
        String code = command.code() == null ? "" : command.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw new RuleViolationException("store.code.invalid", code);
        }
        if (command.kind() == null) {
            throw new RuleViolationException("store.kind.required");
        }
        String nameZh = text(command.nameZh(), 100, "store.name.required");
        String nameEn = command.nameEn() == null || command.nameEn().isBlank()
                ? null
                : command.nameEn().strip();
        RegionCode region = RegionCode.parse(command.regionCode());
        if (region.level() == RegionLevel.PROVINCE || region.level() == RegionLevel.CITY) {
            throw new RuleViolationException("checkout.address.region", region.value());
        }
        try {
            catalog.region(region);
        } catch (NotFoundException unknown) {
            throw new RuleViolationException("checkout.address.region-unknown", region.value());
        }
        String street = text(command.street(), 200, "store.street.required");
        Point place = place(command.latitude(), command.longitude(), region);
        if (command.opens() == null
                || command.closes() == null
                || !command.opens().isBefore(command.closes())) {
            throw new RuleViolationException("store.hours.invalid");
        }
        if (command.cutOff() == null) {
            throw new RuleViolationException("store.cut-off.required");
        }
        if (command.dailyCapacity() < 1
                || command.dailyCapacity() > 10_000
                || command.chilledCapacity() < 0
                || command.frozenCapacity() < 0
                || command.chilledCapacity() > command.dailyCapacity()
                || command.frozenCapacity() > command.dailyCapacity()) {
            throw new RuleViolationException("store.capacity.invalid");
        }
        if (command.holdDays() < 1 || command.holdDays() > 14) {
            throw new RuleViolationException("store.hold-days.invalid", 14);
        }
        try {
            Statements.insert(
                    jdbc,
                    "INSERT INTO orders_store (code, kind, name_zh, name_en, region_code, street, latitude, longitude,"
                            + " opens, closes, cut_off, daily_capacity, chilled_capacity, frozen_capacity, hold_days,"
                            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    code,
                    command.kind().name(),
                    nameZh,
                    nameEn,
                    region.value(),
                    street,
                    place.latitude(),
                    place.longitude(),
                    Time.valueOf(command.opens()),
                    Time.valueOf(command.closes()),
                    Time.valueOf(command.cutOff()),
                    command.dailyCapacity(),
                    command.chilledCapacity(),
                    command.frozenCapacity(),
                    command.holdDays(),
                    Timestamp.from(clock.instant()));
        } catch (SQLIntegrityConstraintViolationException taken) {
            throw new ConflictException("store.code.taken", code);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save store " + code, e);
        }
        return store(code);
    }

    /** A clerk account that works at the store, created with its membership. */
    @Transactional
    public AccountView addClerk(Actor operator, String storeCode, RegisterAccountCommand command) {
        operatorOnly(operator);
        long storeId = storeId(storeCode);
        AccountView account = accounts.register(new RegisterAccountCommand(
                command.login(), command.password(), command.displayName(), Role.STORE_CLERK));
        Statements.update(
                jdbc, "INSERT INTO orders_store_clerk (account_id, store_id) VALUES (?, ?)", account.id(), storeId);
        return account;
    }

    @Transactional
    public List<StoreView> all() {
        List<StoreView> stores = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT " + COLUMNS + " FROM orders_store s ORDER BY s.region_code, s.code",
                rows -> stores.add(view(rows, 1)));
        return stores;
    }

    @Transactional
    public StoreView store(String code) {
        List<StoreView> found = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT " + COLUMNS + " FROM orders_store s WHERE s.code = ?",
                rows -> found.add(view(rows, 1)),
                code == null ? "" : code.strip());
        if (found.isEmpty()) {
            throw new NotFoundException("store.not-found", String.valueOf(code));
        }
        return found.get(0);
    }

    /** The store a clerk works at. */
    @Transactional
    public long storeIdOf(Actor clerk) {
        if (clerk.role() != Role.STORE_CLERK) {
            throw new NotAllowedException("store.clerks-only");
        }
        List<Long> found = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT store_id FROM orders_store_clerk WHERE account_id = ?",
                rows -> found.add(rows.getLong(1)),
                clerk.accountId());
        return found.stream().findFirst().orElseThrow(() -> new NotAllowedException("store.clerks-only"));
    }

    @Transactional
    public StoreView storeById(long id) {
        List<StoreView> found = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT " + COLUMNS + " FROM orders_store s WHERE s.id = ?",
                rows -> found.add(view(rows, 1)),
                id);
        return found.get(0);
    }

    /**
     * The collection days with room for an order of this temperature, at every store that can keep
     * it, earliest first.
     */
    @Transactional
    public List<PickupSlotView> offered(
            TemperatureClass temperature, @Nullable RegionCode near, List<String> freshProvinces) {
        List<PickupSlotView> slots = new ArrayList<>();
        for (StoreView store : all()) {
            RegionCode at = RegionCode.parse(store.regionCode());
            if (!store.keeps(temperature)
                    || (near != null && !near.within(reach).contains(at))
                    || !keepsFresh(at, freshProvinces)) {
                continue;
            }
            long storeId = storeId(store.code());
            LocalDate first = firstDay(store);
            for (int i = 0; i < OFFERED_DAYS; i++) {
                Slot slot = slot(storeId, store, first.plusDays(i));
                int left = slot.left(temperature);
                if (left > 0) {
                    slots.add(new PickupSlotView(slot.id(), store, slot.day(), left));
                }
            }
        }
        RegionCode county = near == null ? null : near.within(RegionLevel.COUNTY);
        slots.sort(java.util.Comparator.comparing((PickupSlotView s) -> county == null
                        || !county.contains(RegionCode.parse(s.store().regionCode())))
                .thenComparing(PickupSlotView::day)
                .thenComparing(s -> s.store().code()));
        return slots;
    }

    /** Whether a store in {@code at} lies in every province fresh goods of the order come from. */
    private static boolean keepsFresh(RegionCode at, java.util.Collection<String> freshProvinces) {
        return freshProvinces.stream()
                .allMatch(province -> RegionCode.parse(province).contains(at));
    }

    /** The provinces fresh goods among {@code goods} come from. */
    static java.util.Set<String> freshProvinces(java.util.Collection<SkuOnSale> goods) {
        java.util.Set<String> provinces = new java.util.TreeSet<>();
        for (SkuOnSale sku : goods) {
            if (sku.fresh()) {
                provinces.add(RegionCode.parse(sku.originCode())
                        .within(RegionLevel.PROVINCE)
                        .prefix());
            }
        }
        return provinces;
    }

    /** A collection day's room: orders, and parcels kept chilled or frozen. */
    record Slot(
            long id,
            long storeId,
            LocalDate day,
            int capacity,
            int chilledCapacity,
            int frozenCapacity,
            int booked,
            int chilledBooked,
            int frozenBooked) {

        int left(TemperatureClass temperature) {
            int orders = capacity - booked;
            return switch (temperature) {
                case AMBIENT -> orders;
                case CHILLED -> Math.min(orders, chilledCapacity - chilledBooked);
                case FROZEN -> Math.min(orders, frozenCapacity - frozenBooked);
            };
        }
    }

    /**
     * Takes room for one order in a slot, inside the checkout's transaction.
     *
     * @throws RuleViolationException for an unknown slot, a day the cut-off has closed, or a store
     *     that cannot keep the order's temperature
     * @throws ConflictException when the slot is full
     */
    Slot book(long slotId, TemperatureClass temperature, java.util.Collection<SkuOnSale> goods) {
        Slot slot = slotById(slotId);
        StoreView store = storeById(slot.storeId());
        RegionCode at = RegionCode.parse(store.regionCode());
        for (SkuOnSale sku : goods) {
            if (sku.fresh() && !keepsFresh(at, freshProvinces(List.of(sku)))) {
                throw new RuleViolationException("pickup.fresh.too-far", store.nameZh(), sku.titleZh());
            }
        }
        if (slot.day().isBefore(firstDay(store))
                || slot.day().isAfter(firstDay(store).plusDays(OFFERED_DAYS - 1))) {
            throw new RuleViolationException("pickup.slot.closed", store.nameZh(), slot.day());
        }
        if (!store.keeps(temperature)) {
            throw new RuleViolationException("pickup.store.cannot-keep", store.nameZh());
        }
        int chilled = temperature == TemperatureClass.CHILLED ? 1 : 0;
        int frozen = temperature == TemperatureClass.FROZEN ? 1 : 0;
        int taken = Statements.update(
                jdbc,
                "UPDATE orders_pickup_slot SET booked = booked + 1, chilled_booked = chilled_booked + ?,"
                        + " frozen_booked = frozen_booked + ? WHERE id = ? AND booked < capacity"
                        + " AND chilled_booked + ? <= chilled_capacity AND frozen_booked + ? <= frozen_capacity",
                chilled,
                frozen,
                slotId,
                chilled,
                frozen);
        if (taken == 0) {
            throw new ConflictException("pickup.slot.full", store.nameZh(), slot.day());
        }
        return slot;
    }

    /** Gives a cancelled order's room back. */
    void release(long slotId, TemperatureClass temperature) {
        int chilled = temperature == TemperatureClass.CHILLED ? 1 : 0;
        int frozen = temperature == TemperatureClass.FROZEN ? 1 : 0;
        Statements.update(
                jdbc,
                "UPDATE orders_pickup_slot SET booked = booked - 1, chilled_booked = chilled_booked - ?,"
                        + " frozen_booked = frozen_booked - ? WHERE id = ?",
                chilled,
                frozen,
                slotId);
    }

    /** The first day a store can hand over an order placed now: tomorrow before its cut-off, else the day after. */
    LocalDate firstDay(StoreView store) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), MarketCalendar.ZONE);
        return now.toLocalDate().plusDays(now.toLocalTime().isBefore(store.cutOff()) ? 1 : 2);
    }

    Slot slotById(long slotId) {
        List<Slot> found = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT id, store_id, day, capacity, chilled_capacity, frozen_capacity, booked, chilled_booked,"
                        + " frozen_booked FROM orders_pickup_slot WHERE id = ?",
                rows -> found.add(slot(rows)),
                slotId);
        if (found.isEmpty()) {
            throw new RuleViolationException("pickup.slot.unknown", slotId);
        }
        return found.get(0);
    }

    private Slot slot(long storeId, StoreView store, LocalDate day) {
        // Created when first offered; the unique key makes concurrent first offers create one row.
        Statements.update(
                jdbc,
                "INSERT IGNORE INTO orders_pickup_slot (store_id, day, capacity, chilled_capacity, frozen_capacity)"
                        + " VALUES (?, ?, ?, ?, ?)",
                storeId,
                Date.valueOf(day),
                store.dailyCapacity(),
                store.chilledCapacity(),
                store.frozenCapacity());
        List<Slot> found = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT id, store_id, day, capacity, chilled_capacity, frozen_capacity, booked, chilled_booked,"
                        + " frozen_booked FROM orders_pickup_slot WHERE store_id = ? AND day = ?",
                rows -> found.add(slot(rows)),
                storeId,
                Date.valueOf(day));
        return found.get(0);
    }

    private static Slot slot(ResultSet rows) throws SQLException {
        return new Slot(
                rows.getLong(1),
                rows.getLong(2),
                rows.getDate(3).toLocalDate(),
                rows.getInt(4),
                rows.getInt(5),
                rows.getInt(6),
                rows.getInt(7),
                rows.getInt(8),
                rows.getInt(9));
    }

    long storeId(String code) {
        List<Long> found = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT id FROM orders_store WHERE code = ?",
                rows -> found.add(rows.getLong(1)),
                code == null ? "" : code.strip());
        return found.stream().findFirst().orElseThrow(() -> new NotFoundException("store.not-found", code));
    }

    /** Reads the store columns starting at {@code first}. */
    static StoreView view(ResultSet rows, int first) throws SQLException {
        int i = first;
        return new StoreView(
                rows.getString(i),
                org.techan.orders.StoreKind.valueOf(rows.getString(i + 1)),
                rows.getString(i + 2),
                rows.getString(i + 3),
                rows.getString(i + 4),
                rows.getString(i + 5),
                rows.getBigDecimal(i + 6),
                rows.getBigDecimal(i + 7),
                rows.getTime(i + 8).toLocalTime(),
                rows.getTime(i + 9).toLocalTime(),
                rows.getTime(i + 10).toLocalTime(),
                rows.getInt(i + 11),
                rows.getInt(i + 12),
                rows.getInt(i + 13),
                rows.getInt(i + 14));
    }

    static String columns() {
        return COLUMNS;
    }

    /**
     * The store's latitude and longitude as given, or, when neither is, its division's seat (the
     * county town for a township): an operator without a map still gets a store in the right place.
     */
    private Point place(@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, RegionCode region) {
        if (latitude == null && longitude == null) {
            DivisionPlace seat = catalog.divisionPlace(region)
                    .orElseThrow(() -> new RuleViolationException("store.location.unknown"));
            return new Point(seat.latitude(), seat.longitude());
        }
        checkPlace(latitude, longitude);
        return new Point(latitude, longitude);
    }

    private record Point(BigDecimal latitude, BigDecimal longitude) {}

    private static void checkPlace(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null
                || longitude == null
                || latitude.compareTo(BigDecimal.valueOf(3)) < 0
                || latitude.compareTo(BigDecimal.valueOf(54)) > 0
                || longitude.compareTo(BigDecimal.valueOf(73)) < 0
                || longitude.compareTo(BigDecimal.valueOf(136)) > 0) {
            throw new RuleViolationException("store.location.invalid");
        }
    }

    private static String text(String value, int longest, String problem) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty() || clean.length() > longest) {
            throw new RuleViolationException(problem, longest);
        }
        return clean;
    }

    private static void operatorOnly(Actor actor) {
        if (!actor.isOperator()) {
            throw new NotAllowedException("store.operators-only");
        }
    }
}
