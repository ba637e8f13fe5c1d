package org.techan.orders.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techan.catalog.CatalogReads;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.PickingListView;
import org.techan.platform.Actor;
import org.techan.platform.NotFoundException;
import org.techan.platform.PageBounds;

/**
 * A shop's side of fulfilment: its orders to work on, and for pickup orders one picking list and
 * one parcel per store and collection day, however many buyers it serves.
 */
@Singleton
class ShopFulfilments {

    private final JdbcOperations jdbc;
    private final CatalogReads catalog;
    private final Stores stores;
    private final OrderMoves moves;
    private final OrderGroups groups;

    ShopFulfilments(JdbcOperations jdbc, CatalogReads catalog, Stores stores, OrderMoves moves, OrderGroups groups) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.stores = stores;
        this.moves = moves;
        this.groups = groups;
    }

    /** The shop's orders in a state (all paid ones when none is given), oldest first: work in order. */
    @Transactional
    public List<OrderView> orders(Actor staff, @Nullable OrderState state, int page, int size) {
        PageBounds.check(page, size, 100);
        String shop = catalog.shopOf(staff).slug();
        List<Long> ids = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT id FROM orders_order WHERE shop_slug = ? AND "
                        + (state == null ? "state <> 'PENDING_PAYMENT' AND state <> 'CANCELLED'" : "state = ?")
                        + " ORDER BY id LIMIT ? OFFSET ?",
                rows -> ids.add(rows.getLong(1)),
                state == null
                        ? new Object[] {shop, size, (long) page * size}
                        : new Object[] {shop, state.name(), size, (long) page * size});
        return ids.stream().map(groups::order).toList();
    }

    /** One of the shop's orders, for its staff. */
    @Transactional
    public OrderView order(Actor staff, String orderNumber) {
        return groups.order(moves.ownOrder(staff, orderNumber).id());
    }

    /** Per store: what to pack for collection on {@code day} from the shop's paid pickup orders. */
    @Transactional
    public List<PickingListView> pickingLists(Actor staff, LocalDate day) {
        String shop = catalog.shopOf(staff).slug();
        Map<Long, List<String>> orders = new LinkedHashMap<>();
        Map<Long, Map<Long, PickingListView.Item>> items = new LinkedHashMap<>();
        Statements.query(
                jdbc,
                "SELECT o.store_id, o.number, l.sku_id, l.title_zh, l.spec_zh, l.quantity FROM orders_order o"
                        + " JOIN orders_pickup_slot sl ON sl.id = o.slot_id JOIN orders_line l ON l.order_id = o.id"
                        + " WHERE o.shop_slug = ? AND sl.day = ? AND o.state IN ('PAID', 'PACKED')"
                        + " ORDER BY o.store_id, o.number, l.sku_id",
                rows -> {
                    long store = rows.getLong(1);
                    List<String> numbers = orders.computeIfAbsent(store, s -> new ArrayList<>());
                    if (!numbers.contains(rows.getString(2))) {
                        numbers.add(rows.getString(2));
                    }
                    items.computeIfAbsent(store, s -> new LinkedHashMap<>())
                            .merge(
                                    rows.getLong(3),
                                    new PickingListView.Item(
                                            rows.getLong(3), rows.getString(4), rows.getString(5), rows.getInt(6)),
                                    (a, b) -> new PickingListView.Item(
                                            a.skuId(), a.titleZh(), a.specZh(), a.quantity() + b.quantity()));
                },
                shop,
                Date.valueOf(day));
        List<PickingListView> lists = new ArrayList<>();
        orders.forEach((store, numbers) -> lists.add(new PickingListView(
                stores.storeById(store),
                day,
                numbers,
                new ArrayList<>(items.get(store).values()))));
        return lists;
    }

    /**
     * The parcel for a store and day leaves the shop: every order in it is packed (if it was not)
     * and shipped to the store. Answers how many orders went.
     */
    @Transactional
    public int dispatch(Actor staff, String storeCode, LocalDate day) {
        Consignments.require(storeCode, "consignment.store.required", day);
        String shop = catalog.shopOf(staff).slug();
        long storeId = stores.storeId(storeCode);
        List<String> numbers = new ArrayList<>();
        Statements.query(
                jdbc,
                "SELECT o.number FROM orders_order o JOIN orders_pickup_slot sl ON sl.id = o.slot_id"
                        + " WHERE o.shop_slug = ? AND o.store_id = ? AND sl.day = ? AND o.state IN ('PAID', 'PACKED')"
                        + " ORDER BY o.id",
                rows -> numbers.add(rows.getString(1)),
                shop,
                storeId,
                Date.valueOf(day));
        if (numbers.isEmpty()) {
            throw new NotFoundException("store.consignment.not-found", shop, day);
        }
        for (String number : numbers) {
            OrderMoves.Locked order = moves.lockOrder(number);
            if (order.state() == OrderState.PAID) {
                order = moves.move(order, OrderState.PACKED, staff, null);
            }
            moves.move(order, OrderState.SHIPPED, staff, "consignment to " + storeCode);
        }
        return numbers.size();
    }
}
