package org.techan.orders.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techan.catalog.CatalogReads;
import org.techan.orders.AfterSaleAnswered;
import org.techan.orders.AfterSaleKind;
import org.techan.orders.AfterSaleLine;
import org.techan.orders.AfterSaleReason;
import org.techan.orders.AfterSaleState;
import org.techan.orders.AfterSaleView;
import org.techan.orders.OrderState;
import org.techan.orders.RequestAfterSaleCommand;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.MediaStore;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Outbox;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;

/**
 * After-sale requests (售后): a buyer asks for money back, or to return the goods, on a paid order;
 * its shop refunds, asks for the goods back or refuses with a reason; a buyer may take a refusal to
 * an operator, who refunds or upholds it. Money goes back through {@link Refunds}, once per request
 * (its key), in the transaction that decides it. Each move locks the request's row, so two answers
 * at once give one outcome and the other a 409.
 */
@Singleton
class AfterSales {

    private static final int LONGEST_DETAILS = 500;
    private static final int LONGEST_NOTE = 200;
    static final int MOST_PHOTOS = 3;
    private static final int PHOTO_THUMBNAIL_SIDE = 240;
    private static final Set<AfterSaleState> BUYER_MOVES =
            EnumSet.of(AfterSaleState.WITHDRAWN, AfterSaleState.DISPUTED);
    private static final Set<AfterSaleState> SHOP_MOVES =
            EnumSet.of(AfterSaleState.REFUNDED, AfterSaleState.GOODS_REQUESTED, AfterSaleState.REFUSED);
    private static final Set<AfterSaleState> OPERATOR_MOVES =
            EnumSet.of(AfterSaleState.REFUNDED, AfterSaleState.UPHELD);
    /** The answers a buyer is told of; a refund is told by the refund's own notice. */
    private static final Set<AfterSaleState> TOLD =
            EnumSet.of(AfterSaleState.GOODS_REQUESTED, AfterSaleState.REFUSED, AfterSaleState.UPHELD);

    private static final String COLUMNS = "a.id, o.number, o.shop_slug, a.kind, a.reason, a.amount, a.details,"
            + " a.state, a.created_at, g.account_id, a.order_id, g.number";
    private static final String FROM = " FROM orders_after_sale a JOIN orders_order o ON o.id = a.order_id"
            + " JOIN orders_group g ON g.id = o.group_id";

    private final JdbcOperations jdbc;
    private final CatalogReads catalog;
    private final Refunds refunds;
    private final Clock clock;
    private final Outbox outbox;
    private final Duration window;
    private final MediaStore media;

    AfterSales(
            JdbcOperations jdbc,
            CatalogReads catalog,
            Refunds refunds,
            Clock clock,
            Outbox outbox,
            MediaStore media,
            @Value("${techan.after-sales.window-days:7}") int windowDays) {
        this.media = media;
        this.window = Duration.ofDays(windowDays);
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.refunds = refunds;
        this.clock = clock;
    }

    /** A request as stored, with whose order it is. */
    private record Request(AfterSaleView view, long buyerId, long orderId, String groupNumber) {}

    /**
     * The buyer's request on their own order, while it can still be refunded and has no other open
     * request; the amount at most what is left to refund.
     */
    @Transactional
    public AfterSaleView request(Actor buyer, String orderNumber, RequestAfterSaleCommand command) {
        long[] order = lockBuyersOrder(buyer, orderNumber);
        long orderId = order[0];
        if (command.kind() == null) {
            throw new RuleViolationException("after-sale.kind.required");
        }
        if (command.reason() == null) {
            throw new RuleViolationException("after-sale.reason.required");
        }
        String details = text(command.details(), LONGEST_DETAILS, "after-sale.details.too-long");
        OrderState state = OrderState.values()[(int) order[1]];
        if (!state.canBecome(OrderState.REFUNDED)) {
            throw new ConflictException("after-sale.not-refundable", orderNumber, state);
        }
        Instant received = receivedAt(orderId);
        if (received != null && clock.instant().isAfter(received.plus(window))) {
            throw new ConflictException("after-sale.too-late", window.toDays());
        }
        Chosen chosen = chosenLines(orderId, command.lines());
        List<AfterSaleView.Line> lines = chosen.lines();
        BigDecimal most = mostFor(orderId, chosen);
        BigDecimal amount = command.amount() == null ? most : command.amount();
        if (amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(most) > 0) {
            throw new RuleViolationException("after-sale.amount.invalid", most);
        }
        List<Long> open = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT id FROM orders_after_sale WHERE open_order_id = ?",
                rows -> open.add(rows.getLong(1)),
                orderId);
        if (!open.isEmpty()) {
            throw new ConflictException("after-sale.already-open", orderNumber);
        }
        long id;
        try {
            id = Statements.insert(
                    jdbc,
                    "INSERT INTO orders_after_sale (order_id, open_order_id, kind, reason, amount, details, state,"
                            + " created_at) VALUES (?, ?, ?, ?, ?, ?, 'REQUESTED', ?)",
                    orderId,
                    orderId,
                    command.kind().name(),
                    command.reason().name(),
                    amount,
                    details,
                    Timestamp.from(clock.instant()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the after-sale request", e);
        }
        for (AfterSaleView.Line line : lines) {
            Statements.update(
                    jdbc,
                    "INSERT INTO orders_after_sale_line (after_sale_id, sku_id, title_zh, spec_zh, quantity, worth)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    id,
                    line.skuId(),
                    line.titleZh(),
                    line.specZh(),
                    line.quantity(),
                    line.worth());
        }
        step(id, AfterSaleState.REQUESTED, buyer, null);
        return load(id).view();
    }

    int windowDays() {
        return (int) window.toDays();
    }

    /** When the buyer got the order (delivered, collected, or completed without either); none yet. */
    private @Nullable Instant receivedAt(long orderId) {
        Instant[] at = {null};
        Statements.query(
                jdbc,
                "SELECT MIN(at) FROM orders_transition WHERE order_id = ?"
                        + " AND to_state IN ('DELIVERED', 'PICKED_UP', 'COMPLETED')",
                rows -> at[0] = rows.getTimestamp(1) == null
                        ? null
                        : rows.getTimestamp(1).toInstant(),
                orderId);
        return at[0];
    }

    /**
     * The order's lines the buyer chose, with what the chosen units cost; lines chosen with none
     * are left out, and at least one unit must be chosen.
     */
    private record Chosen(List<AfterSaleView.Line> lines, boolean everyUnit) {}

    private Chosen chosenLines(long orderId, @Nullable List<AfterSaleLine> chosen) {
        Map<Long, AfterSaleView.Line> ordered = new LinkedHashMap<>();
        Statements.query(
                jdbc,
                "SELECT sku_id, title_zh, spec_zh, quantity, line_total FROM orders_line WHERE order_id = ?",
                rows -> ordered.put(
                        rows.getLong(1),
                        new AfterSaleView.Line(
                                rows.getLong(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getInt(4),
                                rows.getBigDecimal(5))),
                orderId);
        Map<Long, Integer> refunded = new java.util.HashMap<>();
        Statements.query(
                jdbc,
                "SELECT l.sku_id, SUM(l.quantity) FROM orders_after_sale_line l"
                        + " JOIN orders_after_sale a ON a.id = l.after_sale_id"
                        + " WHERE a.order_id = ? AND a.state = 'REFUNDED' GROUP BY l.sku_id",
                rows -> refunded.put(rows.getLong(1), rows.getInt(2)),
                orderId);
        Map<Long, AfterSaleView.Line> lines = new LinkedHashMap<>();
        for (AfterSaleLine line : chosen == null ? List.<AfterSaleLine>of() : chosen) {
            AfterSaleView.Line bought = line == null ? null : ordered.get(line.skuId());
            if (bought == null) {
                throw new RuleViolationException("after-sale.line.unknown");
            }
            if (line.quantity() < 0 || line.quantity() > bought.quantity() || lines.containsKey(line.skuId())) {
                throw new RuleViolationException("after-sale.line.quantity", bought.titleZh(), bought.quantity());
            }
            if (line.quantity() > 0) {
                lines.put(
                        line.skuId(),
                        new AfterSaleView.Line(
                                bought.skuId(),
                                bought.titleZh(),
                                bought.specZh(),
                                line.quantity(),
                                shareOf(bought, refunded.getOrDefault(line.skuId(), 0), line.quantity())));
            }
        }
        if (lines.isEmpty()) {
            throw new RuleViolationException("after-sale.lines.required");
        }
        boolean everyUnit = lines.size() == ordered.size()
                && lines.values().stream()
                        .allMatch(l -> l.quantity() == ordered.get(l.skuId()).quantity());
        return new Chosen(List.copyOf(lines.values()), everyUnit);
    }

    /**
     * What {@code units} more of a line were worth as paid, after {@code refunded} of its units: the
     * line's total (after every discount it carries) in proportion, counted from the first unit
     * (the worth of units 1..n is the total × n / quantity, rounded down to the cent), so requests
     * one after another add up to exactly the line's total and never to more.
     */
    static BigDecimal shareOf(AfterSaleView.Line bought, int refunded, int units) {
        int before = Math.min(refunded, bought.quantity() - units);
        return worthOfFirst(bought, before + units).subtract(worthOfFirst(bought, before));
    }

    private static BigDecimal worthOfFirst(AfterSaleView.Line bought, int units) {
        return bought.worth()
                .multiply(BigDecimal.valueOf(units))
                .divide(BigDecimal.valueOf(bought.quantity()), 2, java.math.RoundingMode.DOWN);
    }

    /**
     * The most a request on these lines may ask: what the units cost (the whole order, its
     * delivery included, when every unit is chosen), and never more than is left to refund.
     */
    private BigDecimal mostFor(long orderId, Chosen chosen) {
        BigDecimal left = refundable(orderId);
        if (chosen.everyUnit()) {
            return left;
        }
        BigDecimal worth =
                chosen.lines().stream().map(AfterSaleView.Line::worth).reduce(BigDecimal.ZERO, BigDecimal::add);
        return worth.min(left);
    }

    /**
     * Moves a request on: the buyer withdraws or disputes, the shop refunds, asks for the goods back
     * or refuses (with a reason), an operator decides a dispute (upholding needs a reason).
     *
     * @throws NotFoundException for someone else's request
     * @throws NotAllowedException for a move that is not the actor's to make
     * @throws ConflictException for a move the request's state does not allow; nothing changes
     */
    @Transactional
    public AfterSaleView move(Actor actor, long id, AfterSaleState to, @Nullable String note) {
        Request request = lock(id);
        AfterSaleView view = request.view();
        authorize(actor, request);
        if (to == null || !movesOf(actor).contains(to)) {
            throw new NotAllowedException("after-sale.move.not-yours", String.valueOf(to));
        }
        if (!view.state().canBecome(to) || (actor.role() != Role.OPERATOR && view.state() == AfterSaleState.DISPUTED)) {
            throw new ConflictException("after-sale.move.illegal", id, view.state(), to);
        }
        String why = text(note, LONGEST_NOTE, "after-sale.note.too-long");
        if ((to == AfterSaleState.REFUSED || to == AfterSaleState.UPHELD || to == AfterSaleState.DISPUTED)
                && why == null) {
            throw new RuleViolationException("after-sale.note.required");
        }
        if (to == AfterSaleState.REFUNDED) {
            refunds.refund(
                    actor,
                    view.orderNumber(),
                    view.amount(),
                    "售后 #" + id + " / after-sale #" + id + (why == null ? "" : "：" + why),
                    "after-sale-" + id,
                    view.lines().stream()
                            .map(line ->
                                    new org.techan.orders.RefundedLine(line.skuId(), line.quantity(), line.worth()))
                            .toList());
        }
        Statements.update(
                jdbc,
                "UPDATE orders_after_sale SET state = ?, open_order_id = ? WHERE id = ?",
                to.name(),
                to.open() ? request.orderId() : null,
                id);
        step(id, to, actor, why);
        if (TOLD.contains(to)) {
            outbox.publish(
                    OrdersSchema.OUTBOX, new AfterSaleAnswered(id, view.orderNumber(), request.groupNumber(), to, why));
        }
        return load(id).view();
    }

    /** The requests on one order, for its buyer, its shop or an operator; oldest first. */
    @Transactional
    public List<AfterSaleView> ofOrder(Actor actor, String orderNumber) {
        List<Request> requests = find(" WHERE o.number = ?", orderNumber == null ? "" : orderNumber.strip());
        for (Request request : requests) {
            authorize(actor, request);
        }
        return requests.stream().map(Request::view).toList();
    }

    /**
     * The buyer adds a photo to their open request, up to {@link #MOST_PHOTOS}.
     *
     * @throws ConflictException once the request is closed or has its photos
     */
    @Transactional
    public AfterSaleView addPhoto(Actor buyer, long id, byte[] image) {
        Request request = lock(id);
        if (buyer.role() != Role.CONSUMER) {
            throw new NotFoundException("after-sale.not-found", id);
        }
        authorize(buyer, request);
        if (!request.view().state().open()) {
            throw new ConflictException("after-sale.photo.closed", id);
        }
        if (request.view().photos().size() >= MOST_PHOTOS) {
            throw new ConflictException("after-sale.photo.too-many", MOST_PHOTOS);
        }
        MediaStore.StoredImage stored = media.storeImage(image, PHOTO_THUMBNAIL_SIDE);
        Statements.update(
                jdbc,
                "INSERT INTO orders_after_sale_photo (after_sale_id, media_key, thumbnail_key, added_at)"
                        + " VALUES (?, ?, ?, ?)",
                id,
                stored.key(),
                stored.thumbnailKey(),
                Timestamp.from(clock.instant()));
        return load(id).view();
    }

    /** A photo of a request (or its thumbnail), for its buyer, its shop and operators. */
    @Transactional(readOnly = true)
    public MediaStore.StoredMedia photo(Actor actor, long id, String key) {
        List<Request> found = find(" WHERE a.id = ?", id);
        if (found.isEmpty()) {
            throw new NotFoundException("after-sale.not-found", id);
        }
        authorize(actor, found.get(0));
        return found.get(0).view().photos().stream()
                .filter(photo -> photo.key().equals(key) || photo.thumbnailKey().equals(key))
                .findFirst()
                .flatMap(photo -> media.read(key))
                .orElseThrow(() -> new NotFoundException("after-sale.photo.not-found", key));
    }

    /** What waits for the actor: a shop's open requests, or the disputes for an operator. */
    @Transactional
    public List<AfterSaleView> waiting(Actor actor) {
        return switch (actor.role()) {
            case SHOP_STAFF -> find(
                            " WHERE o.shop_slug = ? AND a.state IN ('REQUESTED', 'GOODS_REQUESTED')",
                            catalog.shopOf(actor).slug())
                    .stream()
                    .map(Request::view)
                    .toList();
            case OPERATOR -> find(" WHERE a.state = 'DISPUTED'").stream()
                    .map(Request::view)
                    .toList();
            default -> throw new NotAllowedException("after-sale.move.not-yours", actor.role());
        };
    }

    private static Set<AfterSaleState> movesOf(Actor actor) {
        return switch (actor.role()) {
            case CONSUMER -> BUYER_MOVES;
            case SHOP_STAFF -> SHOP_MOVES;
            case OPERATOR -> OPERATOR_MOVES;
            default -> Set.of();
        };
    }

    /** Only the order's buyer, its shop's staff or an operator see a request; others are told it is not there. */
    private void authorize(Actor actor, Request request) {
        boolean allowed =
                switch (actor.role()) {
                    case CONSUMER -> request.buyerId() == actor.accountId();
                    case SHOP_STAFF -> catalog.shopOf(actor)
                            .slug()
                            .equals(request.view().shopSlug());
                    case OPERATOR -> true;
                    default -> false;
                };
        if (!allowed) {
            throw new NotFoundException("after-sale.not-found", request.view().id());
        }
    }

    /** [order id, state ordinal] of the buyer's own order, locked. */
    private long[] lockBuyersOrder(Actor buyer, String orderNumber) {
        List<long[]> found = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT o.id, o.state FROM orders_order o JOIN orders_group g ON g.id = o.group_id"
                        + " WHERE o.number = ? AND g.account_id = ? FOR UPDATE",
                rows -> found.add(new long[] {
                    rows.getLong(1), OrderState.valueOf(rows.getString(2)).ordinal()
                }),
                orderNumber == null ? "" : orderNumber.strip(),
                buyer.accountId());
        if (found.isEmpty() || buyer.role() != Role.CONSUMER) {
            throw new NotFoundException("order.not-found", String.valueOf(orderNumber));
        }
        return found.get(0);
    }

    private BigDecimal refundable(long orderId) {
        BigDecimal[] left = {BigDecimal.ZERO};
        Statements.query(
                jdbc,
                "SELECT o.total - COALESCE((SELECT SUM(r.amount) FROM orders_refund r WHERE r.order_id = o.id), 0)"
                        + " FROM orders_order o WHERE o.id = ?",
                rows -> left[0] = rows.getBigDecimal(1),
                orderId);
        return left[0];
    }

    /** The request locked after its order, in the order a new request and a refund take them: no deadlock. */
    private Request lock(long id) {
        List<Request> found = find(" WHERE a.id = ?", id);
        if (found.isEmpty()) {
            throw new NotFoundException("after-sale.not-found", id);
        }
        Statements.query(
                jdbc,
                "SELECT id FROM orders_order WHERE id = ? FOR UPDATE",
                rows -> {},
                found.get(0).orderId());
        return find(" WHERE a.id = ? FOR UPDATE", id).get(0);
    }

    private Request load(long id) {
        return find(" WHERE a.id = ?", id).get(0);
    }

    /** A request's row, before its lines and steps are read. */
    private record Row(
            long id,
            String orderNumber,
            String shopSlug,
            AfterSaleKind kind,
            AfterSaleReason reason,
            BigDecimal amount,
            @Nullable String details,
            AfterSaleState state,
            Instant requestedAt,
            long buyerId,
            long orderId,
            String groupNumber) {}

    private List<Request> find(String where, Object... parameters) {
        List<Row> rows = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT " + COLUMNS + FROM + where.replace(" FOR UPDATE", "") + " ORDER BY a.id"
                        + (where.endsWith(" FOR UPDATE") ? " FOR UPDATE" : ""),
                r -> rows.add(new Row(
                        r.getLong(1),
                        r.getString(2),
                        r.getString(3),
                        AfterSaleKind.valueOf(r.getString(4)),
                        AfterSaleReason.valueOf(r.getString(5)),
                        r.getBigDecimal(6),
                        r.getString(7),
                        AfterSaleState.valueOf(r.getString(8)),
                        r.getTimestamp(9).toInstant(),
                        r.getLong(10),
                        r.getLong(11),
                        r.getString(12))),
                parameters);
        if (rows.isEmpty()) {
            return List.of();
        }
        String ids =
                String.join(", ", rows.stream().map(r -> String.valueOf(r.id())).toList());
        Map<Long, List<AfterSaleView.Step>> steps = new HashMap<>();
        Statements.query(
                jdbc,
                "SELECT after_sale_id, state, actor_role, note, at FROM orders_after_sale_step WHERE after_sale_id IN ("
                        + ids + ") ORDER BY id",
                r -> steps.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new AfterSaleView.Step(
                                AfterSaleState.valueOf(r.getString(2)),
                                r.getString(3),
                                r.getString(4),
                                r.getTimestamp(5).toInstant())));
        Map<Long, List<AfterSaleView.Line>> lines = new HashMap<>();
        Statements.query(
                jdbc,
                "SELECT after_sale_id, sku_id, title_zh, spec_zh, quantity, worth FROM orders_after_sale_line"
                        + " WHERE after_sale_id IN (" + ids + ") ORDER BY after_sale_id, sku_id",
                r -> lines.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new AfterSaleView.Line(
                                r.getLong(2), r.getString(3), r.getString(4), r.getInt(5), r.getBigDecimal(6))));
        Map<Long, List<AfterSaleView.Photo>> photos = new HashMap<>();
        Statements.query(
                jdbc,
                "SELECT after_sale_id, media_key, thumbnail_key FROM orders_after_sale_photo"
                        + " WHERE after_sale_id IN (" + ids + ") ORDER BY id",
                r -> photos.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new AfterSaleView.Photo(r.getString(2), r.getString(3))));
        return rows.stream()
                .map(r -> new Request(
                        new AfterSaleView(
                                r.id(),
                                r.orderNumber(),
                                r.shopSlug(),
                                r.kind(),
                                r.reason(),
                                r.amount(),
                                r.details(),
                                r.state(),
                                r.requestedAt(),
                                List.copyOf(lines.getOrDefault(r.id(), List.of())),
                                List.copyOf(photos.getOrDefault(r.id(), List.of())),
                                List.copyOf(steps.getOrDefault(r.id(), List.of()))),
                        r.buyerId(),
                        r.orderId(),
                        r.groupNumber()))
                .toList();
    }

    private void step(long id, AfterSaleState state, Actor actor, @Nullable String note) {
        Statements.update(
                jdbc,
                "INSERT INTO orders_after_sale_step (after_sale_id, state, actor_id, actor_role, note, at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                id,
                state.name(),
                actor.accountId(),
                actor.role().name(),
                note,
                Timestamp.from(clock.instant()));
    }

    /** Text as typed, ends trimmed; none when blank. */
    private static @Nullable String text(@Nullable String typed, int longest, String tooLong) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > longest) {
            throw new RuleViolationException(tooLong, longest);
        }
        return text.isEmpty() ? null : text;
    }
}
