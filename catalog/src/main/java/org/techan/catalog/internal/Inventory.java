package org.techan.catalog.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.techan.catalog.BatchShipment;
import org.techan.catalog.RegionCode;
import org.techan.catalog.ReservationExpired;
import org.techan.catalog.ReservationStatus;
import org.techan.catalog.ReserveStockCommand;
import org.techan.catalog.SkuOnSale;
import org.techan.catalog.StockChanged;
import org.techan.catalog.StockLine;
import org.techan.catalog.StockPort;
import org.techan.catalog.StockReservation;
import org.techan.catalog.StockSold;
import org.techan.platform.ConflictException;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotFoundException;
import org.techan.platform.Outbox;
import org.techan.platform.RuleViolationException;
import org.techan.platform.SqlScript;

/**
 * Stock held for orders. A reservation takes units off sale with a conditional decrement that can
 * never go below zero (so concurrent checkouts cannot oversell) and assigns them to batches
 * first-harvested-first-out in the same transaction; paying commits it, giving up or expiry puts
 * the units back on the batches they came from.
 */
@Singleton
class Inventory implements StockPort {

    /** A wholesale order from a producing base's file holds up to 5,000 SKUs, each of many packs. */
    static final int MOST_LINES = 5_000;

    static final int MOST_UNITS = 100_000;
    static final Duration SHORTEST_HOLD = Duration.ofMinutes(1);

    /** Up to this many SKUs a reservation takes its units a row at a time; more, in sets. */
    static final int ROW_BY_ROW = 50;

    /** The rows one set-wise decrement changes: a statement of a few thousand parameters. */
    static final int SET_SIZE = 1_000;

    static final Duration LONGEST_HOLD = Duration.ofDays(7);

    /** Takes units off sale only if the SKU still has them: the decrement that cannot oversell. */
    private static final String TAKE_FROM_SKU = StockStatements.TAKE_FROM_SKU;

    /** Puts units (back) on sale; the database, not a read-modify-write, does the arithmetic. */
    private static final String ADD_TO_SKU =
            "UPDATE catalog_sku SET available = available + ?, version = version + 1 WHERE id = ?";

    /** Takes units from a batch only if it still holds them. */
    private static final String TAKE_FROM_BATCH =
            "UPDATE catalog_batch SET remaining = remaining - ? WHERE id = ? AND remaining >= ?";

    private final JdbcOperations jdbc;
    private final Outbox outbox;
    private final Clock clock;
    private final SkusForSale skusForSale;

    private final WithdrawnUnits withdrawnUnits;

    Inventory(JdbcOperations jdbc, Outbox outbox, Clock clock, SkusForSale skusForSale, WithdrawnUnits withdrawnUnits) {
        this.withdrawnUnits = withdrawnUnits;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.skusForSale = skusForSale;
    }

    @Override
    public List<SkuOnSale> skusForSale(java.util.Collection<Long> skuIds) {
        return skusForSale.of(skuIds);
    }

    /**
     * Reserves every line or none: the caller's transaction rolls back on the first SKU short of
     * stock. SKUs are locked in id order, so checkouts sharing SKUs cannot deadlock.
     */
    @Transactional
    public StockReservation reserve(ReserveStockCommand command) {
        return reserve(List.of(command)).get(0);
    }

    /**
     * Several reservations at once, every one or none, as {@link #reserve} holds one. Units are
     * summed per SKU and per batch, so a popular SKU's row takes one conditional decrement for all
     * of them instead of one each.
     */
    @Override
    @Transactional
    public List<StockReservation> reserve(List<ReserveStockCommand> commands) {
        try {
            return reserveSql(commands.stream().map(this::wanted).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("Stock could not be changed", e);
        }
    }

    /** One reservation's checked request. */
    private record Wanted(String reference, Map<Long, Integer> units, Instant expiresAt) {}

    private Wanted wanted(ReserveStockCommand command) {
        String reference = reference(command.reference());
        Map<Long, Integer> units = units(command.lines());
        Duration hold = command.hold() == null ? ReserveStockCommand.DEFAULT_HOLD : command.hold();
        if (hold.compareTo(SHORTEST_HOLD) < 0 || hold.compareTo(LONGEST_HOLD) > 0) {
            throw new RuleViolationException("reservation.hold.invalid");
        }
        return new Wanted(reference, units, clock.instant().plus(hold));
    }

    private List<StockReservation> reserveSql(List<Wanted> wanted) throws SQLException {
        Map<Long, Integer> total = new TreeMap<>();
        wanted.forEach(one -> one.units().forEach((sku, quantity) -> total.merge(sku, quantity, Integer::sum)));
        // The checks and the batch plan (read without locking) in one round trip, before anything is
        // written or locked.
        SqlScript reads = new SqlScript();
        SqlScript.Statement onSale = productsOnSale(reads, total.keySet());
        SqlScript.Statement batches = plan(reads, total.keySet(), false, MarketCalendar.today(clock));
        SqlScript.Results read = reads.run(jdbc.getConnection());
        Map<Long, Long> products = productsOnSale(total.keySet(), read.of(onSale));
        Map<Long, List<Planned>> plans = plan(total, read.of(batches));
        boolean planned = total.entrySet().stream()
                .allMatch(line -> plans.getOrDefault(line.getKey(), List.of()).stream()
                                .mapToInt(Planned::quantity)
                                .sum()
                        == line.getValue());
        if (planned) {
            java.util.Optional<List<StockReservation>> reserved = reserveAsPlanned(wanted, total, products, plans);
            if (reserved.isPresent()) {
                return reserved.get();
            }
        }
        return reserveStepByStep(wanted, total, products, plans);
    }

    /**
     * Everything in one round trip: the reservations, the events, the conditional decrements (in
     * SKU id order, hot rows last, locked only from here to the commit) and the lines. Empty, with
     * nothing of it kept, when a batch no longer held its planned units: another checkout took
     * them between the plan and now.
     *
     * @throws ConflictException when a SKU is short of stock; the caller's transaction rolls back
     */
    private java.util.Optional<List<StockReservation>> reserveAsPlanned(
            List<Wanted> wanted, Map<Long, Integer> total, Map<Long, Long> products, Map<Long, List<Planned>> plans)
            throws SQLException {
        SqlScript writes = new SqlScript();
        writes.add("SAVEPOINT techan_reserve");
        insertReservations(writes, wanted);
        writes.add("SET @techan_reservation = LAST_INSERT_ID()");
        publishStockChanged(writes, total, products);
        if (total.size() > ROW_BY_ROW) {
            return reserveInSets(writes, wanted, total, plans);
        }
        Map<Long, SqlScript.Statement> decrements = new TreeMap<>();
        for (Map.Entry<Long, Integer> line : total.entrySet()) {
            decrements.put(line.getKey(), writes.add(TAKE_FROM_SKU, line.getValue(), line.getKey(), line.getValue()));
        }
        List<SqlScript.Statement> batchTakes = new ArrayList<>();
        for (List<Planned> plan : plans.values()) {
            for (Planned batch : plan) {
                batchTakes.add(writes.add(TAKE_FROM_BATCH, batch.quantity(), batch.batchId(), batch.quantity()));
            }
        }
        Map<Long, List<Planned>> taken = new TreeMap<>();
        plans.forEach((sku, plan) -> taken.put(sku, new ArrayList<>(plan)));
        Shares shares = shares(wanted, taken);
        writes.add(
                "INSERT INTO catalog_reservation_line (reservation_id, batch_id, sku_id, quantity) VALUES "
                        + shares.rows(i -> "@techan_reservation + " + i + " * @@auto_increment_increment"),
                shares.values());
        SqlScript.Results results = runReserving(writes, wanted);
        for (Map.Entry<Long, SqlScript.Statement> decrement : decrements.entrySet()) {
            if (results.of(decrement.getValue()).updated() != 1) {
                throw new ConflictException("stock.insufficient", decrement.getKey());
            }
        }
        for (SqlScript.Statement batchTake : batchTakes) {
            if (results.of(batchTake).updated() != 1) {
                update("ROLLBACK TO SAVEPOINT techan_reserve");
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(shares.reservations());
    }

    /**
     * As {@link #reserveAsPlanned} for a bulk order's many SKUs: the conditional decrements in a few
     * statements of up to {@link #SET_SIZE} rows each, still in id order (so locks are taken in the
     * order every checkout takes them), instead of a statement per SKU and batch. When a set comes
     * up short, nothing of it is kept and the reservation is made a statement at a time, which
     * names the SKU that is short.
     */
    private java.util.Optional<List<StockReservation>> reserveInSets(
            SqlScript writes, List<Wanted> wanted, Map<Long, Integer> total, Map<Long, List<Planned>> plans)
            throws SQLException {
        Map<SqlScript.Statement, Integer> takes = new java.util.LinkedHashMap<>();
        decrementInSets(writes, "catalog_sku", "available", ", version = version + 1", total, takes);
        Map<Long, Integer> batches = new TreeMap<>();
        plans.values().forEach(plan -> plan.forEach(batch -> batches.put(batch.batchId(), batch.quantity())));
        decrementInSets(writes, "catalog_batch", "remaining", "", batches, takes);
        Map<Long, List<Planned>> taken = new TreeMap<>();
        plans.forEach((sku, plan) -> taken.put(sku, new ArrayList<>(plan)));
        Shares shares = shares(wanted, taken);
        writes.add(
                "INSERT INTO catalog_reservation_line (reservation_id, batch_id, sku_id, quantity) VALUES "
                        + shares.rows(i -> "@techan_reservation + " + i + " * @@auto_increment_increment"),
                shares.values());
        SqlScript.Results results = runReserving(writes, wanted);
        for (Map.Entry<SqlScript.Statement, Integer> take : takes.entrySet()) {
            if (results.of(take.getKey()).updated() != take.getValue()) {
                update("ROLLBACK TO SAVEPOINT techan_reserve");
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(shares.reservations());
    }

    /**
     * Adds the conditional decrements of {@code units} (row id to units) on {@code table}'s {@code
     * column}, in sets of rows in id order; each statement with the number of rows it must change.
     */
    private static void decrementInSets(
            SqlScript writes,
            String table,
            String column,
            String alsoSet,
            Map<Long, Integer> units,
            Map<SqlScript.Statement, Integer> takes) {
        List<Map.Entry<Long, Integer>> rows = new ArrayList<>(new TreeMap<>(units).entrySet());
        for (int from = 0; from < rows.size(); from += SET_SIZE) {
            List<Map.Entry<Long, Integer>> set = rows.subList(from, Math.min(rows.size(), from + SET_SIZE));
            String cases = "CASE id" + " WHEN ? THEN ?".repeat(set.size()) + " END";
            List<Object> parameters = new ArrayList<>();
            set.forEach(row -> parameters.addAll(List.of(row.getKey(), row.getValue())));
            List<Object> all = new ArrayList<>(parameters);
            set.forEach(row -> all.add(row.getKey()));
            all.addAll(parameters);
            takes.put(
                    writes.add(
                            "UPDATE " + table + " SET " + column + " = " + column + " - (" + cases + ")" + alsoSet
                                    + " WHERE id IN (" + SqlScript.rows("?", set.size()) + ") AND " + column + " >= ("
                                    + cases + ") ORDER BY id",
                            all),
                    set.size());
        }
    }

    /**
     * As {@link #reserveAsPlanned}, a statement at a time: a batch found short is allocated again
     * with the batches locked.
     */
    private List<StockReservation> reserveStepByStep(
            List<Wanted> wanted, Map<Long, Integer> total, Map<Long, Long> products, Map<Long, List<Planned>> plans)
            throws SQLException {
        // First everything that locks no row another checkout of the same SKU needs. The reservation
        // lines wait for the batch updates: their foreign key would share-lock the batch row and
        // deadlock two checkouts.
        SqlScript first = new SqlScript();
        insertReservations(first, wanted);
        SqlScript.Statement firstId = first.add("SELECT LAST_INSERT_ID(), @@auto_increment_increment");
        publishStockChanged(first, total, products);
        SqlScript.Result ids = runReserving(first, wanted).of(firstId);
        List<Long> reservationIds = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            reservationIds.add(ids.longAt(0) + i * ids.longAt(1));
        }
        // Then the hot rows, one conditional statement each and in SKU id order: a popular SKU stays
        // locked only from here to the commit, which is what bounds its checkouts per second.
        Map<Long, List<Planned>> taken = new TreeMap<>();
        for (Map.Entry<Long, Integer> line : total.entrySet()) {
            if (update(TAKE_FROM_SKU, line.getValue(), line.getKey(), line.getValue()) != 1) {
                throw new ConflictException("stock.insufficient", line.getKey());
            }
            List<Planned> plan = plans.getOrDefault(line.getKey(), List.of());
            taken.put(
                    line.getKey(),
                    take(plan, line.getValue()) ? new ArrayList<>(plan) : reallocate(line.getKey(), line.getValue()));
        }
        Shares shares = shares(wanted, taken);
        update(
                "INSERT INTO catalog_reservation_line (reservation_id, batch_id, sku_id, quantity) VALUES "
                        + shares.rows(i -> Long.toString(reservationIds.get(i))),
                shares.values().toArray());
        return shares.reservations();
    }

    /**
     * Every reservation's share of what was taken: its lines (reservation index, batch, SKU,
     * quantity) and its view.
     */
    private record Shares(List<Object[]> lines, List<StockReservation> reservations) {

        /** The lines as a VALUES list, each reservation named as {@code reservation} gives it. */
        String rows(java.util.function.IntFunction<String> reservation) {
            return String.join(
                    ", ",
                    lines.stream()
                            .map(line -> "(" + reservation.apply((Integer) line[0]) + ", ?, ?, ?)")
                            .toList());
        }

        /** The lines' batch, SKU and quantity, for {@link #rows}. */
        List<Object> values() {
            List<Object> values = new ArrayList<>();
            for (Object[] line : lines) {
                values.addAll(java.util.Arrays.asList(line).subList(1, line.length));
            }
            return values;
        }
    }

    private static Shares shares(List<Wanted> wanted, Map<Long, List<Planned>> taken) {
        List<StockReservation> reservations = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            List<StockReservation.Allocation> allocations = new ArrayList<>();
            for (Map.Entry<Long, Integer> line : wanted.get(i).units().entrySet()) {
                for (Planned batch : share(taken.get(line.getKey()), line.getValue())) {
                    lines.add(new Object[] {i, batch.batchId(), line.getKey(), batch.quantity()});
                    allocations.add(
                            new StockReservation.Allocation(line.getKey(), batch.traceCode(), batch.quantity()));
                }
            }
            reservations.add(new StockReservation(
                    wanted.get(i).reference(),
                    ReservationStatus.HELD,
                    wanted.get(i).expiresAt(),
                    allocations));
        }
        return new Shares(lines, reservations);
    }

    /** Units to take from one batch. */
    private record Planned(long batchId, String traceCode, int quantity) {}

    /**
     * One reservation's part of what was taken for all of them: the first units still unshared,
     * first harvested first. Consumes them from {@code taken}, which must hold enough.
     */
    private static List<Planned> share(List<Planned> taken, int quantity) {
        List<Planned> share = new ArrayList<>();
        int left = quantity;
        while (left > 0) {
            Planned first = taken.get(0);
            int part = Math.min(left, first.quantity());
            share.add(new Planned(first.batchId(), first.traceCode(), part));
            if (part == first.quantity()) {
                taken.remove(0);
            } else {
                taken.set(0, new Planned(first.batchId(), first.traceCode(), first.quantity() - part));
            }
            left -= part;
        }
        return share;
    }

    /**
     * Adds the query for first harvested first out to {@code script}: what the batches of every SKU
     * hold, read without locking for the plan, or locked when a stale plan is made again.
     */
    private static SqlScript.Statement plan(
            SqlScript script, java.util.Collection<Long> skuIds, boolean lock, java.time.LocalDate today) {
        // A batch on its last day is not taken even before BatchExpiry reaches it: its units could
        // not be sold at payment.
        List<Object> parameters = new ArrayList<>(skuIds);
        parameters.add(java.sql.Date.valueOf(today));
        return script.add(
                "SELECT b.sku_id, b.id, b.remaining, b.trace_code FROM catalog_batch b WHERE b.sku_id IN ("
                        + SqlScript.rows("?", skuIds.size())
                        + ") AND b.recalled_at IS NULL AND b.expired_at IS NULL AND b.remaining > 0"
                        + " AND " + StockStatements.BATCH_LEAVES_SALE_ON + " > ?"
                        + " ORDER BY b.sku_id, b.harvest_date, b.id" + (lock ? " FOR UPDATE" : ""),
                parameters);
    }

    /** The batches to take {@code units} from, per SKU, from what {@link #plan(SqlScript, java.util.Collection, boolean)} read. */
    private static Map<Long, List<Planned>> plan(Map<Long, Integer> units, SqlScript.Result batches) {
        Map<Long, List<Planned>> plans = new TreeMap<>();
        Map<Long, Integer> left = new TreeMap<>(units);
        for (List<Object> row : batches.rows()) {
            long sku = ((Number) row.get(0)).longValue();
            int need = left.get(sku);
            if (need > 0) {
                int take = Math.min(need, ((Number) row.get(2)).intValue());
                plans.computeIfAbsent(sku, s -> new ArrayList<>())
                        .add(new Planned(((Number) row.get(1)).longValue(), (String) row.get(3), take));
                left.put(sku, need - take);
            }
        }
        return plans;
    }

    /**
     * Takes the planned units from their batches, each only if the batch still holds them. False
     * (and nothing taken) when the plan fell short or another checkout emptied a batch meanwhile.
     */
    private boolean take(List<Planned> plan, int quantity) throws SQLException {
        if (plan.stream().mapToInt(Planned::quantity).sum() != quantity) {
            return false;
        }
        List<Planned> taken = new ArrayList<>();
        for (Planned batch : plan) {
            if (update(TAKE_FROM_BATCH, batch.quantity(), batch.batchId(), batch.quantity()) != 1) {
                for (Planned back : taken) {
                    update(
                            "UPDATE catalog_batch SET remaining = remaining + ? WHERE id = ?",
                            back.quantity(),
                            back.batchId());
                }
                return false;
            }
            taken.add(batch);
        }
        return true;
    }

    /** The plan went stale: allocate again with the batches locked. */
    private List<Planned> reallocate(long skuId, int quantity) throws SQLException {
        SqlScript locked = new SqlScript();
        SqlScript.Statement batches = plan(locked, List.of(skuId), true, MarketCalendar.today(clock));
        List<Planned> plan = plan(
                        Map.of(skuId, quantity),
                        locked.run(jdbc.getConnection()).of(batches))
                .getOrDefault(skuId, new ArrayList<>());
        if (plan.stream().mapToInt(Planned::quantity).sum() != quantity) {
            // The SKU still counts units of a batch on its last day that BatchExpiry has not reached.
            throw new ConflictException("stock.insufficient", skuId);
        }
        for (Planned batch : plan) {
            update(
                    "UPDATE catalog_batch SET remaining = remaining - ? WHERE id = ?",
                    batch.quantity(),
                    batch.batchId());
        }
        return plan;
    }

    /** Puts held units back on their batches; giving back twice, or after payment, changes nothing. */
    @Override
    @Transactional
    public StockReservation release(String reference) {
        try {
            return releaseSql(reference);
        } catch (SQLException e) {
            throw new IllegalStateException("Stock could not be changed", e);
        }
    }

    private StockReservation releaseSql(String reference) throws SQLException {
        Held held = lock(reference);
        if (held.status() == ReservationStatus.HELD) {
            giveBack(held, ReservationStatus.RELEASED);
        }
        return viewSql(held.reference());
    }

    /** Puts received units on sale. */
    void addToSku(long skuId, int quantity) {
        try {
            update(ADD_TO_SKU, quantity, skuId);
        } catch (SQLException e) {
            throw new IllegalStateException("Stock could not be changed", e);
        }
    }

    /** Takes units off sale; false, and nothing changed, when the SKU holds fewer. */
    boolean takeFromSku(long skuId, int quantity) {
        try {
            return update(TAKE_FROM_SKU, quantity, skuId, quantity) == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Stock could not be changed", e);
        }
    }

    /**
     * Sells the held units to the order, recording where they go (a city or finer code) for the
     * batches' public trace. Committing twice changes nothing.
     *
     * @throws ConflictException if the units were given back or expired first
     */
    @Override
    @Transactional
    public StockReservation commit(String reference, RegionCode destination) {
        try {
            return commitSql(reference, destination);
        } catch (SQLException e) {
            throw new IllegalStateException("Stock could not be changed", e);
        }
    }

    private StockReservation commitSql(String reference, RegionCode destination) throws SQLException {
        Held held = lock(reference);
        java.util.Optional<ReservationStatus> unsold = held.status() == ReservationStatus.HELD
                ? withdrawnUnits.replace(held.id())
                : java.util.Optional.empty();
        if (unsold.isPresent()) {
            // A batch it held was withdrawn and no other batch has the units: nothing can be sold.
            giveBack(held, unsold.get());
        } else if (held.status() == ReservationStatus.HELD) {
            update(
                    "UPDATE catalog_reservation SET status = 'COMMITTED', destination_code = ?, decided_at = ?"
                            + " WHERE id = ?",
                    destination.value(),
                    Timestamp.from(clock.instant()),
                    held.id());
            outbox.publish(CatalogSchema.OUTBOX, new StockSold(held.reference(), soldUnits(held)));
        } else if (held.status() != ReservationStatus.COMMITTED
                && held.status() != ReservationStatus.RECALLED
                && held.status() != ReservationStatus.OUT_OF_DATE) {
            throw new ConflictException("reservation.not-held", held.reference(), held.status());
        }
        return viewSql(held.reference());
    }

    /**
     * Gives back one batch of reservations past their time; safe on every replica at once. Read
     * committed: under repeatable read the claim would also lock the index gaps around the due
     * rows, where checkouts are inserting their reservations.
     */
    @Transactional(isolation = io.micronaut.transaction.TransactionDefinition.Isolation.READ_COMMITTED)
    public List<String> expireDue(int limit) {
        try {
            return expireDueSql(limit);
        } catch (SQLException e) {
            throw new IllegalStateException("Stock could not be changed", e);
        }
    }

    private List<String> expireDueSql(int limit) throws SQLException {
        List<Held> due = new ArrayList<>();
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement("SELECT id, reference, status FROM catalog_reservation"
                        + " WHERE status = 'HELD' AND expires_at <= ? ORDER BY expires_at LIMIT " + limit
                        + " FOR UPDATE SKIP LOCKED")) {
            select.setTimestamp(1, Timestamp.from(clock.instant()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(new Held(rows.getLong(1), rows.getString(2), ReservationStatus.HELD));
                }
            }
        }
        List<String> expired = new ArrayList<>();
        for (Held held : due) {
            giveBack(held, ReservationStatus.EXPIRED);
            outbox.publish(CatalogSchema.OUTBOX, new ReservationExpired(held.reference()));
            expired.add(held.reference());
        }
        return expired;
    }

    @Override
    public StockReservation reservation(String reference) {
        return view(reference);
    }

    @Transactional
    public StockReservation view(String reference) {
        try {
            return viewSql(reference);
        } catch (SQLException e) {
            throw new IllegalStateException("Stock could not be changed", e);
        }
    }

    private StockReservation viewSql(String reference) throws SQLException {
        ReservationStatus status;
        Instant expiresAt;
        long id;
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement("SELECT id, status, expires_at FROM catalog_reservation WHERE reference = ?")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFoundException("reservation.not-found", reference);
                }
                id = row.getLong(1);
                status = ReservationStatus.valueOf(row.getString(2));
                expiresAt = row.getTimestamp(3).toInstant();
            }
        }
        List<StockReservation.Allocation> allocations = new ArrayList<>();
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement("SELECT l.sku_id, b.trace_code, l.quantity FROM catalog_reservation_line l"
                        + " JOIN catalog_batch b ON b.id = l.batch_id WHERE l.reservation_id = ?"
                        + " ORDER BY l.sku_id, b.harvest_date, b.id")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    allocations.add(
                            new StockReservation.Allocation(rows.getLong(1), rows.getString(2), rows.getInt(3)));
                }
            }
        }
        return new StockReservation(reference, status, expiresAt, allocations);
    }

    /** The orders holding or holding-and-paid units of a batch, largest first. */
    @Transactional
    public List<BatchShipment> shipments(long batchId) {
        List<BatchShipment> shipments = new ArrayList<>();
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement("SELECT r.reference, SUM(l.quantity), r.status FROM catalog_reservation_line l"
                        + " JOIN catalog_reservation r ON r.id = l.reservation_id"
                        + " WHERE l.batch_id = ? AND r.status IN ('HELD', 'COMMITTED')"
                        + " GROUP BY r.reference, r.status ORDER BY SUM(l.quantity) DESC, r.reference")) {
            select.setLong(1, batchId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    shipments.add(new BatchShipment(
                            rows.getString(1), rows.getInt(2), ReservationStatus.valueOf(rows.getString(3))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read where batch " + batchId + " went", e);
        }
        return shipments;
    }

    /** Units of a batch sold, per destination city (the first four digits of the code), most first. */
    @Transactional
    public Map<String, Integer> soldByCity(long batchId) {
        Map<String, Integer> cities = new java.util.LinkedHashMap<>();
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement("SELECT CONCAT(LEFT(r.destination_code, 4), '00000000'), SUM(l.quantity)"
                        + " FROM catalog_reservation_line l JOIN catalog_reservation r ON r.id = l.reservation_id"
                        + " WHERE l.batch_id = ? AND r.status = 'COMMITTED'"
                        + " GROUP BY LEFT(r.destination_code, 4) ORDER BY SUM(l.quantity) DESC")) {
            select.setLong(1, batchId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    cities.put(rows.getString(1), rows.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read where batch " + batchId + " went", e);
        }
        return cities;
    }

    private record Held(long id, String reference, ReservationStatus status) {}

    private Held lock(String reference) throws SQLException {
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement(
                        "SELECT id, reference, status FROM catalog_reservation WHERE reference = ? FOR UPDATE")) {
            select.setString(1, reference == null ? "" : reference.strip());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFoundException("reservation.not-found", String.valueOf(reference));
                }
                return new Held(row.getLong(1), row.getString(2), ReservationStatus.valueOf(row.getString(3)));
            }
        }
    }

    private List<StockSold.Units> soldUnits(Held held) throws SQLException {
        List<StockSold.Units> units = new ArrayList<>();
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement("SELECT b.product_id, l.sku_id, SUM(l.quantity)"
                        + " FROM catalog_reservation_line l JOIN catalog_batch b ON b.id = l.batch_id"
                        + " WHERE l.reservation_id = ? GROUP BY b.product_id, l.sku_id ORDER BY l.sku_id")) {
            select.setLong(1, held.id());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    units.add(new StockSold.Units(rows.getLong(1), rows.getLong(2), rows.getInt(3)));
                }
            }
        }
        return units;
    }

    /**
     * Units of a batch recalled or expired while held do not go back on sale: the recall or the
     * expiry took the batch off sale, and its held units with it.
     */
    private void giveBack(Held held, ReservationStatus outcome) throws SQLException {
        List<long[]> lines = new ArrayList<>();
        try (PreparedStatement select = jdbc.getConnection()
                .prepareStatement(
                        "SELECT l.batch_id, l.sku_id, l.quantity, b.recalled_at IS NULL AND b.expired_at IS NULL,"
                                + " b.product_id"
                                + " FROM catalog_reservation_line l JOIN catalog_batch b ON b.id = l.batch_id"
                                + " WHERE l.reservation_id = ? ORDER BY l.sku_id, l.batch_id")) {
            select.setLong(1, held.id());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(new long[] {
                        rows.getLong(1), rows.getLong(2), rows.getInt(3), rows.getBoolean(4) ? 1 : 0, rows.getLong(5)
                    });
                }
            }
        }
        for (long[] line : lines) {
            if (line[3] == 1) {
                update("UPDATE catalog_batch SET remaining = remaining + ? WHERE id = ?", line[2], line[0]);
                update(ADD_TO_SKU, line[2], line[1]);
                outbox.publish(CatalogSchema.OUTBOX, new StockChanged(line[4], line[1]));
            }
        }
        update(
                "UPDATE catalog_reservation SET status = ?, decided_at = ? WHERE id = ?",
                outcome.name(),
                Timestamp.from(clock.instant()),
                held.id());
    }

    /** Adds the query for the product of every SKU and whether it is on sale to {@code script}. */
    private static SqlScript.Statement productsOnSale(SqlScript script, java.util.Collection<Long> skuIds) {
        return script.add(
                "SELECT k.id, p.id, p.status = 'PUBLISHED' AND s.status = 'APPROVED' FROM catalog_sku k"
                        + " JOIN catalog_product p ON p.id = k.product_id JOIN catalog_shop s ON s.id = p.shop_id"
                        + " WHERE k.id IN (" + SqlScript.rows("?", skuIds.size()) + ")",
                new ArrayList<>(skuIds));
    }

    /** The product of every SKU, each of which must be on sale, from what the query read. */
    private static Map<Long, Long> productsOnSale(java.util.Collection<Long> skuIds, SqlScript.Result read) {
        Map<Long, Long> products = new TreeMap<>();
        List<Long> notOnSale = new ArrayList<>();
        for (List<Object> row : read.rows()) {
            long sku = ((Number) row.get(0)).longValue();
            products.put(sku, ((Number) row.get(1)).longValue());
            if (((Number) row.get(2)).intValue() == 0) {
                notOnSale.add(sku);
            }
        }
        for (Long sku : skuIds) {
            if (!products.containsKey(sku)) {
                throw new NotFoundException("sku.not-found", sku);
            }
        }
        if (!notOnSale.isEmpty()) {
            throw new RuleViolationException("stock.not-on-sale", notOnSale.get(0));
        }
        return products;
    }

    /** Adds the reservations' rows to {@code script}, in one statement. */
    private static void insertReservations(SqlScript script, List<Wanted> wanted) {
        List<Object> values = new ArrayList<>();
        for (Wanted one : wanted) {
            values.add(one.reference());
            values.add(Timestamp.from(one.expiresAt()));
        }
        script.add(
                "INSERT INTO catalog_reservation (reference, status, expires_at) VALUES "
                        + SqlScript.rows("(?, 'HELD', ?)", wanted.size()),
                values);
    }

    /** Adds a {@link StockChanged} for every SKU to {@code script}. */
    private void publishStockChanged(SqlScript script, Map<Long, Integer> total, Map<Long, Long> products) {
        outbox.publishAll(
                script,
                CatalogSchema.OUTBOX,
                total.keySet().stream()
                        .map(sku -> new StockChanged(products.get(sku), sku))
                        .toList());
    }

    /** Runs a script that inserts the reservations; a reference already taken is a conflict. */
    private SqlScript.Results runReserving(SqlScript script, List<Wanted> wanted) throws SQLException {
        try {
            return script.run(jdbc.getConnection());
        } catch (SQLIntegrityConstraintViolationException e) {
            throw new ConflictException(
                    "reservation.exists", wanted.size() == 1 ? wanted.get(0).reference() : "…");
        }
    }

    private static String reference(String reference) {
        String clean = reference == null ? "" : reference.strip();
        if (clean.isEmpty() || clean.length() > 64) {
            throw new RuleViolationException("reservation.reference.invalid");
        }
        return clean;
    }

    /** Quantities per SKU, in id order (the lock order); a SKU listed twice counts once with both quantities. */
    private static Map<Long, Integer> units(List<StockLine> lines) {
        if (lines == null || lines.isEmpty() || lines.size() > MOST_LINES) {
            throw new RuleViolationException("reservation.lines.invalid", MOST_LINES);
        }
        Map<Long, Integer> units = new TreeMap<>();
        for (StockLine line : lines) {
            if (line == null || line.quantity() < 1 || line.quantity() > MOST_UNITS) {
                throw new RuleViolationException("reservation.quantity.invalid", MOST_UNITS);
            }
            units.merge(line.skuId(), line.quantity(), Integer::sum);
        }
        if (units.values().stream().anyMatch(q -> q > MOST_UNITS)) {
            throw new RuleViolationException("reservation.quantity.invalid", MOST_UNITS);
        }
        return units;
    }

    private int update(String sql, Object... parameters) throws SQLException {
        return StockStatements.update(jdbc, sql, parameters);
    }
}
