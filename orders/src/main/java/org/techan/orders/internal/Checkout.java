package org.techan.orders.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.techan.catalog.ReserveStockCommand;
import org.techan.catalog.SkuOnSale;
import org.techan.catalog.StockLine;
import org.techan.catalog.StockPort;
import org.techan.catalog.TemperatureClass;
import org.techan.orders.AppliedDiscount;
import org.techan.orders.BulkOrderCommand;
import org.techan.orders.BusinessTerms;
import org.techan.orders.CartLine;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.DiscountClaims;
import org.techan.orders.Fulfilment;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderPlaced;
import org.techan.orders.OrderView;
import org.techan.orders.PlaceOrderCommand;
import org.techan.orders.PriceAdjustment;
import org.techan.orders.PricedLine;
import org.techan.orders.ShippingRule;
import org.techan.orders.ShopFulfilment;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.Outbox;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.platform.SqlScript;

/**
 * One checkout in one transaction: the group, an order per shop with its lines and first
 * timeline step, and the stock held for it. The stock is reserved last, so the hot SKU rows are
 * locked for as short a time as possible; if any SKU is short, nothing at all is kept.
 */
@Singleton
class Checkout {

    /** 买家留言: about what a phone's text box shows without scrolling. */
    static final int MAX_REMARKS = 200;

    static final int MOST_LINES = 50;
    static final int MOST_UNITS = 999;

    /** What a buyer who collects the goods at the producing base pays for delivery: nothing. */
    private static final ShippingRule COLLECTED =
            new ShippingRule(org.techan.orders.ShippingKind.FLAT, BigDecimal.ZERO, null, null);

    /** A bulk order is a producing base's file: up to 5,000 lines, each of many packs. */
    static final int MOST_BULK_LINES = 5_000;

    static final int MOST_BULK_UNITS = 100_000;

    /** How far ahead a bulk order may ask to be delivered: a season's contract, not next year's. */
    static final int MOST_DAYS_AHEAD = 90;

    static final int MAX_PURCHASE_ORDER = 40;

    /** One coupon per shop and one for the platform: a checkout of many shops may name this many. */
    static final int MOST_COUPONS = MOST_LINES + 1;

    private final JdbcOperations jdbc;
    private final StockPort stock;
    private final Quotes quotes;
    private final DeliveryCharges delivery;
    private final Stores stores;
    private final OrderNumbers numbers;
    private final OrderGroups groups;
    private final Outbox outbox;
    private final Clock clock;
    private final Buyers buyers;
    private final List<DiscountClaims> claims;
    private final List<org.techan.orders.BulkFreight> freights;

    /**
     * Unpaid checkouts one account may hold at once: each holds stock (and pickup places) for 15
     * minutes, so free sign-ups must not let one script keep a SKU or a pickup day at zero.
     */
    private final int maxUnpaid;

    Checkout(
            JdbcOperations jdbc,
            StockPort stock,
            Quotes quotes,
            DeliveryCharges delivery,
            Stores stores,
            OrderNumbers numbers,
            OrderGroups groups,
            Outbox outbox,
            Clock clock,
            Buyers buyers,
            List<DiscountClaims> claims,
            List<org.techan.orders.BulkFreight> freights,
            @Value("${techan.checkout.max-unpaid:3}") int maxUnpaid) {
        this.freights = List.copyOf(freights);
        this.claims = List.copyOf(claims);
        this.buyers = buyers;
        this.maxUnpaid = Math.max(1, maxUnpaid);
        this.jdbc = jdbc;
        this.stock = stock;
        this.quotes = quotes;
        this.delivery = delivery;
        this.stores = stores;
        this.numbers = numbers;
        this.groups = groups;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A checkout as asked for: checked in itself, before anything is looked up. */
    record Request(
            Actor consumer,
            String key,
            Map<Long, Integer> units,
            Map<String, ShopFulfilment> pickups,
            @Nullable DeliveryAddress address,
            DeliveryAddress contact,
            String hash,
            @Nullable BigDecimal expectedGoodsTotal,
            @Nullable String remarks,
            @Nullable Set<String> coupons,
            @Nullable BusinessTerms business,
            boolean collected) {

        /** A business buyer's bulk order: the consumer's purchase rules do not apply to it. */
        boolean bulk() {
            return business != null;
        }

        /** The buyer's account and key, which name one checkout for good. */
        KeyOf keyOf() {
            return new KeyOf(consumer.accountId(), key);
        }
    }

    /** An idempotency key within its account. */
    record KeyOf(long accountId, String key) {}

    /** A request priced by shop, ready to be written. */
    private record Draft(
            Request request,
            DeliveryAddress address,
            List<Quotes.ShopBill> bills,
            Map<String, List<SkuOnSale>> byShop,
            BigDecimal goods,
            BigDecimal shipping) {

        BigDecimal total() {
            return goods.add(shipping);
        }
    }

    /**
     * What became of one of several checkouts placed together: its group, the reason it was
     * refused, or neither when it has to be placed on its own (its key came twice in one batch).
     * A group placed just now and delivered to the door comes with its view, built from what was
     * written; any other group ({@code placed} null) is read back after the commit.
     */
    record Together(@Nullable Long groupId, @Nullable OrderGroupView placed, @Nullable RuntimeException refused) {

        boolean alone() {
            return groupId == null && refused == null;
        }
    }

    /** A group just written, with its view when every order of it is delivered. */
    private record Written(long groupId, @Nullable OrderGroupView view) {}

    /**
     * Reads and checks a checkout command without looking anything up.
     *
     * @throws NotAllowedException for anyone but a consumer
     * @throws RuleViolationException for a bad key, lines, fulfilment or contact
     */
    static Request request(Actor consumer, PlaceOrderCommand command) {
        if (consumer.role() != Role.CONSUMER) {
            throw new NotAllowedException("checkout.consumers-only");
        }
        String key = key(command.idempotencyKey());
        Map<Long, Integer> units = units(command.lines(), MOST_LINES, MOST_UNITS);
        Map<String, ShopFulfilment> pickups = pickups(command.fulfilments());
        DeliveryAddress contact = AddressRules.contact(command.address());
        String remarks = remarks(command.remarks());
        Set<String> coupons = coupons(command.coupons());
        return new Request(
                consumer,
                key,
                units,
                pickups,
                command.address(),
                contact,
                hash(units, command.address(), pickups, remarks, coupons),
                command.expectedGoodsTotal(),
                remarks,
                coupons,
                null,
                false);
    }

    /**
     * Reads and checks a bulk order without looking anything up: up to {@link #MOST_BULK_LINES}
     * lines, delivered to a full address, with a purchase-order number and a delivery day from
     * tomorrow to {@link #MOST_DAYS_AHEAD} days ahead ({@code today} in the marketplace's zone).
     *
     * @throws NotAllowedException for anyone but a wholesale buyer
     * @throws RuleViolationException for a bad key, lines, address or terms
     */
    static Request bulkRequest(Actor buyer, BulkOrderCommand command, java.time.LocalDate today) {
        if (buyer.role() != Role.WHOLESALE_BUYER) {
            throw new NotAllowedException("checkout.bulk.wholesale-only");
        }
        String key = key(command.idempotencyKey());
        Map<Long, Integer> units = units(command.lines(), MOST_BULK_LINES, MOST_BULK_UNITS);
        DeliveryAddress address = AddressRules.checked(command.address());
        String remarks = remarks(command.remarks());
        BusinessTerms terms = terms(command.terms(), today);
        if (command.fulfilment() == Fulfilment.PICKUP) {
            throw new RuleViolationException("checkout.bulk.fulfilment");
        }
        boolean collected = command.fulfilment() == Fulfilment.COLLECTION;
        String hash = hash(units, address, Map.of(), remarks, null) + "|" + terms.purchaseOrder() + "|"
                + terms.deliverOn() + (collected ? "|collected" : "");
        return new Request(
                buyer,
                key,
                units,
                Map.of(),
                address,
                address,
                Sha256.hex(hash),
                command.expectedGoodsTotal(),
                remarks,
                Set.of(),
                terms,
                collected);
    }

    /** As {@link #bulkRequest(Actor, BulkOrderCommand, java.time.LocalDate)}, today. */
    Request bulkRequest(Actor buyer, BulkOrderCommand command) {
        return bulkRequest(buyer, command, org.techan.platform.MarketCalendar.today(clock));
    }

    private static BusinessTerms terms(@Nullable BusinessTerms terms, java.time.LocalDate today) {
        String purchaseOrder = terms == null || terms.purchaseOrder() == null
                ? ""
                : terms.purchaseOrder().strip();
        if (purchaseOrder.isEmpty()
                || purchaseOrder.length() > MAX_PURCHASE_ORDER
                || purchaseOrder.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolationException("checkout.bulk.purchase-order", MAX_PURCHASE_ORDER);
        }
        java.time.LocalDate day = terms.deliverOn();
        if (day == null || !day.isAfter(today) || day.isAfter(today.plusDays(MOST_DAYS_AHEAD))) {
            throw new RuleViolationException("checkout.bulk.deliver-on", MOST_DAYS_AHEAD);
        }
        return new BusinessTerms(purchaseOrder, day);
    }

    /**
     * Places the checkout and answers its group's id; callers read the group after the commit, so
     * the hot SKU rows this locks last are held no longer than the commit itself.
     */
    @Transactional
    public long place(Actor consumer, PlaceOrderCommand command) {
        return placeOne(request(consumer, command)).groupId();
    }

    /**
     * Whether unpaid checkouts are counted at all: where no limit is set (load tests) the count is
     * wasted work, and a buyer there places hundreds of checkouts within one stock hold.
     */
    private boolean unpaidLimited() {
        return maxUnpaid < Integer.MAX_VALUE;
    }

    private ConflictException tooManyUnpaid() {
        return new ConflictException("checkout.too-many-unpaid", maxUnpaid);
    }

    /**
     * Places several buyers' checkouts in one transaction, as each would be placed alone, so a
     * popular SKU's row is decremented once for all of them and every table takes one statement.
     * A request that is refused on its own (a rule, a changed price, a reused key) does not stop
     * the others. Anything that fails while writing rolls them all back: the caller then places
     * each on its own, which gives every buyer the answer a lone checkout would.
     */
    @Transactional
    public List<Together> placeTogether(List<Request> requests) {
        buyers.lock(requests.stream().map(r -> r.consumer().accountId()).toList());
        List<SkuOnSale> forSale = stock.skusForSale(requests.stream()
                .flatMap(request -> request.units().keySet().stream())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        // The keys' earlier groups and the shops' delivery rules in one round trip.
        java.util.Set<String> shops =
                forSale.stream().map(SkuOnSale::shopSlug).collect(java.util.stream.Collectors.toSet());
        SqlScript reads = new SqlScript();
        SqlScript.Statement keys = OrderGroups.findKeys(
                reads, requests.stream().map(Request::keyOf).toList());
        SqlScript.Statement shopRules = shops.isEmpty() ? null : DeliveryCharges.findRules(reads, shops);
        SqlScript.Statement unpaidGroups = unpaidLimited()
                ? OrderGroups.findUnpaid(
                        reads,
                        requests.stream()
                                .map(r -> r.consumer().accountId())
                                .distinct()
                                .toList(),
                        clock.instant())
                : null;
        SqlScript.Results read = read(reads);
        Map<Long, Integer> unpaid =
                new java.util.HashMap<>(unpaidGroups == null ? Map.of() : OrderGroups.unpaid(read.of(unpaidGroups)));
        Map<KeyOf, OrderGroups.Keyed> earlier = OrderGroups.keyed(read.of(keys));
        Map<String, ShippingRule> rules = shopRules == null ? Map.of() : DeliveryCharges.rules(read.of(shopRules));
        java.util.Set<KeyOf> seen = new java.util.HashSet<>();
        List<Together> outcomes = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        List<Integer> drafted = new ArrayList<>();
        Map<BuyerSku, Integer> boughtHere = new HashMap<>();
        for (Request request : requests) {
            OrderGroups.Keyed before = earlier.get(request.keyOf());
            if (!seen.add(request.keyOf())) {
                outcomes.add(new Together(null, null, null));
            } else if (before != null) {
                outcomes.add(
                        before.hash().equals(request.hash())
                                ? new Together(before.groupId(), null, null)
                                : new Together(
                                        null, null, new ConflictException("checkout.key-reused", request.key())));
            } else if (unpaid.getOrDefault(request.consumer().accountId(), 0) >= maxUnpaid) {
                outcomes.add(new Together(null, null, tooManyUnpaid()));
            } else {
                try {
                    Function<String, ShippingRule> byRule =
                            slug -> rules.getOrDefault(slug, ShippingRule.MARKETPLACE_DEFAULT);
                    drafts.add(draft(
                            request,
                            forSale,
                            request.collected()
                                    ? slug -> COLLECTED
                                    : request.bulk() ? bulkFreight(request, forSale, byRule) : byRule,
                            boughtHere));
                    drafted.add(outcomes.size());
                    outcomes.add(null);
                    unpaid.merge(request.consumer().accountId(), 1, Integer::sum);
                } catch (RuntimeException refused) {
                    outcomes.add(new Together(null, null, refused));
                }
            }
        }
        if (!drafts.isEmpty()) {
            List<Written> written = write(drafts);
            for (int i = 0; i < drafts.size(); i++) {
                outcomes.set(
                        drafted.get(i),
                        new Together(written.get(i).groupId(), written.get(i).view(), null));
            }
        }
        return outcomes;
    }

    /**
     * Places one checkout the way {@link #placeTogether} places several: three reads in two round
     * trips and the group's view made from what was written. Answers the group and, unless it was
     * placed before under the same key or has an order collected at a store, its view.
     */
    @Transactional
    public Together placeOne(Request request) {
        Together outcome = placeTogether(List.of(request)).get(0);
        if (outcome.refused() != null) {
            throw outcome.refused();
        }
        return outcome;
    }

    /**
     * A bulk order's delivery: each shop's freight as the bulk-freight beans say (a flat charge, no
     * free threshold), else the shop's delivery rule.
     */
    private Function<String, ShippingRule> bulkFreight(
            Request request, List<SkuOnSale> forSale, Function<String, ShippingRule> otherwise) {
        if (freights.isEmpty()) {
            return otherwise;
        }
        Map<String, Map<Long, Integer>> byShop = new TreeMap<>();
        for (SkuOnSale sku : forSale) {
            Integer units = request.units().get(sku.skuId());
            if (units != null) {
                byShop.computeIfAbsent(sku.shopSlug(), shop -> new TreeMap<>()).put(sku.skuId(), units);
            }
        }
        Map<String, BigDecimal> freight = new HashMap<>();
        freights.forEach(bean -> freight.putAll(bean.freight(request.consumer(), byShop)));
        return slug -> freight.containsKey(slug)
                ? new ShippingRule(org.techan.orders.ShippingKind.FLAT, freight.get(slug), null, null)
                : otherwise.apply(slug);
    }

    /** A buyer and a SKU, for what a per-person limit counts. */
    private record BuyerSku(long accountId, long skuId) {}

    /**
     * Prices a request against the SKUs on sale and the shops' delivery rules. {@code boughtHere}
     * holds the units of checkouts drafted before it in the same transaction, which the database
     * cannot show yet; this one's are added once it passes.
     */
    private Draft draft(
            Request request,
            List<SkuOnSale> forSale,
            Function<String, ShippingRule> rules,
            Map<BuyerSku, Integer> boughtHere) {
        Map<Long, SkuOnSale> skus = onSale(request.units(), forSale, !request.bulk());
        if (!request.bulk()) {
            withinBuyerLimits(request, skus, boughtHere);
        }
        Map<String, List<SkuOnSale>> byShop = byShop(skus.values());
        for (String shop : request.pickups().keySet()) {
            if (!byShop.containsKey(shop)) {
                throw new RuleViolationException("checkout.fulfilment.unknown-shop", shop);
            }
        }
        boolean delivered =
                byShop.keySet().stream().anyMatch(shop -> !request.pickups().containsKey(shop));
        DeliveryAddress address = delivered ? AddressRules.checked(request.address()) : request.contact();
        List<Quotes.ShopBill> bills = quotes.bills(
                request.consumer(),
                request.units(),
                skus,
                rules,
                request.pickups().keySet(),
                request.coupons());
        BigDecimal goods = sum(bills, Quotes.ShopBill::goods);
        BigDecimal shipping = sum(bills, Quotes.ShopBill::shipping);
        if (request.expectedGoodsTotal() != null && request.expectedGoodsTotal().compareTo(goods) != 0) {
            throw new ConflictException("checkout.prices-changed", request.expectedGoodsTotal(), goods);
        }
        return new Draft(request, address, bills, byShop, goods, shipping);
    }

    /**
     * The key was taken by a request that committed first (ours waited on its row lock). The
     * transaction rolls back; a new one can see the winner's group, which this one's snapshot
     * cannot: see {@link KeyTakenMeanwhile#answer}.
     */
    static final class KeyTakenMeanwhile extends RuntimeException {
        KeyTakenMeanwhile(Throwable cause) {
            super("An idempotency key was used meanwhile", cause);
        }

        /**
         * Runs a checkout and, if another request with the same key won the race, answers the
         * group it made (or its 409 when it was a different checkout). Call it outside any
         * transaction.
         */
        static <T> T answer(Supplier<T> checkout, Supplier<Optional<T>> winner) {
            try {
                return checkout.get();
            } catch (KeyTakenMeanwhile e) {
                return winner.get().orElseThrow(() -> e);
            }
        }
    }

    /**
     * Writes the drafts' groups, orders, lines, first timeline steps and events in one round trip
     * (one statement per table), then holds their stock; the stock last, so the hot SKU rows stay
     * locked only until the commit.
     */
    private List<Written> write(List<Draft> drafts) {
        // Whole seconds, so the views built below match a read on every server: MySQL Connector/J
        // drops the fraction of a second when it writes to MariaDB 10.x (whose greeting says 5.5.5).
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<String> numbers =
                drafts.stream().map(draft -> this.numbers.nextGroup()).toList();
        Map<Integer, Map<String, Stores.Slot>> slots = book(drafts);
        List<OrderRow> orders = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            int n = 0;
            for (Quotes.ShopBill bill : drafts.get(i).bills()) {
                orders.add(new OrderRow(
                        drafts.get(i),
                        i,
                        OrderNumbers.order(numbers.get(i), ++n),
                        bill,
                        slots.getOrDefault(i, Map.of()).get(bill.slug())));
            }
        }
        // A multi-row INSERT takes consecutive ids from LAST_INSERT_ID() on (as Connector/J's own
        // generated keys assume), so the orders and lines name their parents without a round trip.
        SqlScript script = new SqlScript();
        SqlScript.Statement groupRows = insertGroups(script, drafts, numbers, now);
        script.add("SET @techan_group = LAST_INSERT_ID()");
        insertOrders(script, orders);
        script.add("SET @techan_order = LAST_INSERT_ID()");
        insertLines(script, orders);
        insertAdjustments(script, orders);
        Transitions.recordPlaced(
                script, orders.stream().map(o -> o.draft().request().consumer()).toList(), now);
        outbox.publishAll(
                script,
                OrdersSchema.OUTBOX,
                numbers.stream().map(OrderPlaced::new).toList());
        // The discounts' claims travel in the same round trip, checked once it ran.
        List<DiscountClaims.ClaimCheck> checks = claimDiscounts(orders, script);
        SqlScript.Statement firstGroup = script.add("SELECT @techan_group, @@auto_increment_increment");
        List<Long> groupIds = run(script, groupRows, firstGroup, drafts.size(), numbers, checks);
        // Last, so the hot SKU rows stay locked only until the commit.
        List<ReserveStockCommand> holds = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            holds.add(new ReserveStockCommand(
                    numbers.get(i),
                    drafts.get(i).request().units().entrySet().stream()
                            .map(u -> new StockLine(u.getKey(), u.getValue()))
                            .toList(),
                    ReserveStockCommand.DEFAULT_HOLD));
        }
        stock.reserve(holds);
        List<Written> written = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            written.add(new Written(groupIds.get(i), view(drafts.get(i), i, numbers.get(i), orders, now)));
        }
        return written;
    }

    /**
     * Tells the modules whose discounts are limited what these orders spend of them; one that ran
     * out refuses, and the whole transaction rolls back. Nobody is asked when no order has a discount.
     */
    private List<DiscountClaims.ClaimCheck> claimDiscounts(List<OrderRow> orders, SqlScript script) {
        List<AppliedDiscount> applied = new ArrayList<>();
        for (OrderRow order : orders) {
            Quotes.ShopBill bill = order.bill();
            for (PricedLine line : bill.lines().values()) {
                for (PriceAdjustment adjustment : line.adjustments()) {
                    applied.add(new AppliedDiscount(
                            order.number(), bill.slug(), line.skuId(), line.quantity(), line.total(), adjustment));
                }
            }
            if (bill.delivery().discount() != null) {
                applied.add(new AppliedDiscount(
                        order.number(),
                        bill.slug(),
                        null,
                        0,
                        bill.shipping(),
                        bill.delivery().discount()));
            }
        }
        if (applied.isEmpty()) {
            return List.of();
        }
        return claims.stream().map(claim -> claim.claim(applied, script)).toList();
    }

    /** The group as its buyer will read it; null when an order of it is collected at a store. */
    private static @Nullable OrderGroupView view(
            Draft draft, int group, String number, List<OrderRow> orders, Instant now) {
        List<OrderView> views = new ArrayList<>();
        for (OrderRow order : orders) {
            if (order.group() != group) {
                continue;
            }
            if (order.slot() != null) {
                return null;
            }
            views.add(PlacedViews.placedOrder(
                    order.number(),
                    order.fulfilment(),
                    number,
                    order.bill(),
                    draft.request().units(),
                    draft.request().consumer(),
                    draft.address(),
                    draft.request().remarks(),
                    draft.request().business(),
                    now));
        }
        return PlacedViews.group(
                number,
                draft.address(),
                draft.goods(),
                draft.shipping(),
                now,
                views,
                draft.request().business(),
                draft.request().consumer().accountId());
    }

    private SqlScript.Results read(SqlScript reads) {
        try {
            return reads.run(jdbc.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read what the checkouts need", e);
        }
    }

    /** Runs the checkouts' writes and answers the groups' ids, in the drafts' order. */
    private List<Long> run(
            SqlScript script,
            SqlScript.Statement groupRows,
            SqlScript.Statement firstGroup,
            int groups,
            List<String> numbers,
            List<DiscountClaims.ClaimCheck> checks) {
        SqlScript.Results results;
        try {
            results = script.run(jdbc.getConnection());
        } catch (SQLIntegrityConstraintViolationException sameKey) {
            throw new KeyTakenMeanwhile(sameKey);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save checkouts " + numbers, e);
        }
        if (results.of(groupRows).updated() != groups) {
            throw new IllegalStateException("Saved " + results.of(groupRows).updated() + " of " + groups + " groups");
        }
        for (DiscountClaims.ClaimCheck check : checks) {
            check.check(results);
        }
        SqlScript.Result ids = results.of(firstGroup);
        long first = ids.longAt(0);
        long step = ids.longAt(1);
        List<Long> groupIds = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            groupIds.add(first + i * step);
        }
        return groupIds;
    }

    /** One order to write: a shop's part of a draft, collected at a slot or delivered. */
    private record OrderRow(Draft draft, int group, String number, Quotes.ShopBill bill, @Nullable Stores.Slot slot) {

        Fulfilment fulfilment() {
            if (slot != null) {
                return Fulfilment.PICKUP;
            }
            return draft.request().collected() ? Fulfilment.COLLECTION : Fulfilment.DELIVERY;
        }
    }

    /**
     * Books every pickup slot of every draft, in slot id order so two checkouts never wait on each
     * other's slots; the slots per draft (by its index) and shop.
     */
    private Map<Integer, Map<String, Stores.Slot>> book(List<Draft> drafts) {
        record Pickup(int draft, String shop, long slotId, List<SkuOnSale> goods) {}
        List<Pickup> pickups = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            for (ShopFulfilment pickup : draft.request().pickups().values()) {
                pickups.add(new Pickup(
                        i, pickup.shopSlug(), pickup.slotId(), draft.byShop().get(pickup.shopSlug())));
            }
        }
        pickups.sort(java.util.Comparator.comparingLong(Pickup::slotId));
        Map<Integer, Map<String, Stores.Slot>> booked = new TreeMap<>();
        for (Pickup pickup : pickups) {
            booked.computeIfAbsent(pickup.draft(), d -> new TreeMap<>())
                    .put(pickup.shop(), stores.book(pickup.slotId(), coldest(pickup.goods()), pickup.goods()));
        }
        return booked;
    }

    static TemperatureClass coldest(List<SkuOnSale> skus) {
        return skus.stream()
                .map(SkuOnSale::temperature)
                .max(java.util.Comparator.naturalOrder())
                .orElse(TemperatureClass.AMBIENT);
    }

    private static Map<String, List<SkuOnSale>> byShop(java.util.Collection<SkuOnSale> skus) {
        Map<String, List<SkuOnSale>> byShop = new TreeMap<>();
        for (SkuOnSale sku : skus) {
            byShop.computeIfAbsent(sku.shopSlug(), s -> new java.util.ArrayList<>())
                    .add(sku);
        }
        return byShop;
    }

    /** The shops collected at a store, by shop; any shop not named is delivered. */
    private static Map<String, ShopFulfilment> pickups(@Nullable List<ShopFulfilment> fulfilments) {
        Map<String, ShopFulfilment> pickups = new TreeMap<>();
        if (fulfilments == null) {
            return pickups;
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        for (ShopFulfilment wanted : fulfilments) {
            if (wanted == null || wanted.shopSlug() == null || wanted.fulfilment() == null) {
                throw new RuleViolationException("checkout.fulfilment.invalid");
            }
            if (!named.add(wanted.shopSlug())) {
                throw new RuleViolationException("checkout.fulfilment.twice", wanted.shopSlug());
            }
            if (wanted.fulfilment() == Fulfilment.PICKUP) {
                if (wanted.slotId() == null) {
                    throw new RuleViolationException("checkout.fulfilment.slot-required", wanted.shopSlug());
                }
                pickups.put(wanted.shopSlug(), wanted);
            }
        }
        return pickups;
    }

    private static BigDecimal sum(List<Quotes.ShopBill> bills, Function<Quotes.ShopBill, BigDecimal> part) {
        return bills.stream().map(part).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /**
     * The groups with their totals; each must be paid before its stock hold (taken a moment later,
     * from the same clock) runs out, so the deadline shown is never later than the hold.
     */
    private static SqlScript.Statement insertGroups(
            SqlScript script, List<Draft> drafts, List<String> numbers, Instant now) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            DeliveryAddress address = draft.address();
            BusinessTerms business = draft.request().business();
            values.addAll(Arrays.asList(
                    numbers.get(i),
                    draft.request().consumer().accountId(),
                    draft.request().key(),
                    draft.request().hash(),
                    draft.goods(),
                    draft.shipping(),
                    draft.total(),
                    address.recipient(),
                    address.phone(),
                    address.regionCode(),
                    address.street(),
                    draft.request().remarks(),
                    business == null ? null : business.purchaseOrder(),
                    business == null ? null : java.sql.Date.valueOf(business.deliverOn())));
        }
        // The two times are the same for every group: bound once, not encoded once per row.
        script.add(
                "SET @techan_pay_before = ?, @techan_placed_at = ?",
                Timestamp.from(PlacedViews.payBefore(now)),
                Timestamp.from(now));
        return script.add(
                "INSERT INTO orders_group (number, account_id, idempotency_key, request_hash, goods_total,"
                        + " shipping_total, total, recipient, phone, region_code, street, buyer_remarks, pay_before,"
                        + " created_at, purchase_order, deliver_on) VALUES "
                        + SqlScript.rows(
                                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, @techan_pay_before, @techan_placed_at, ?, ?)",
                                drafts.size()),
                values);
    }

    /** The orders, each naming its group by its offset from the first group's id. */
    private static void insertOrders(SqlScript script, List<OrderRow> orders) {
        List<Object> values = new ArrayList<>();
        for (OrderRow order : orders) {
            Quotes.ShopBill bill = order.bill();
            Stores.Slot slot = order.slot();
            values.addAll(Arrays.asList(
                    order.number(),
                    order.group(),
                    bill.slug(),
                    bill.nameZh(),
                    bill.goods(),
                    bill.shipping(),
                    bill.total(),
                    order.fulfilment().name(),
                    coldest(bill.skus()).name(),
                    bill.skus().stream()
                            .mapToInt(SkuOnSale::shelfLifeDays)
                            .min()
                            .orElse(365),
                    slot == null ? null : slot.id(),
                    slot == null ? null : slot.storeId()));
        }
        script.add(
                "INSERT INTO orders_order (number, group_id, shop_slug, shop_name_zh, state, goods_total,"
                        + " shipping, total, fulfilment, temperature, shelf_life_days, slot_id, store_id) VALUES "
                        + SqlScript.rows(
                                "(?, @techan_group + ? * @@auto_increment_increment, ?, ?, 'PENDING_PAYMENT',"
                                        + " ?, ?, ?, ?, ?, ?, ?, ?)",
                                orders.size()),
                values);
    }

    /** The orders' lines, each naming its order by its offset from the first order's id. */
    private static void insertLines(SqlScript script, List<OrderRow> orders) {
        List<Object> values = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < orders.size(); i++) {
            for (SkuOnSale sku : orders.get(i).bill().skus()) {
                PricedLine line = orders.get(i).bill().lines().get(sku.skuId());
                values.addAll(Arrays.asList(
                        i,
                        sku.skuId(),
                        sku.productId(),
                        sku.titleZh(),
                        sku.specZh(),
                        line.listPrice(),
                        line.unitPrice(),
                        line.quantity(),
                        line.discount(),
                        line.total()));
                rows++;
            }
        }
        script.add(
                "INSERT INTO orders_line (order_id, sku_id, product_id, title_zh, spec_zh, list_price,"
                        + " unit_price, quantity, discount, line_total) VALUES "
                        + SqlScript.rows(
                                "(@techan_order + ? * @@auto_increment_increment, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows),
                values);
    }

    /**
     * Every discount of the orders: per line, and on delivery (no SKU), so refunds and the funders'
     * settlement read back what was applied. Nothing is sent when there is none.
     */
    private static void insertAdjustments(SqlScript script, List<OrderRow> orders) {
        List<Object> values = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < orders.size(); i++) {
            Quotes.ShopBill bill = orders.get(i).bill();
            for (PricedLine line : bill.lines().values()) {
                for (PriceAdjustment adjustment : line.adjustments()) {
                    values.addAll(adjustmentRow(i, line.skuId(), adjustment));
                    rows++;
                }
            }
            if (bill.delivery().discount() != null) {
                values.addAll(adjustmentRow(i, null, bill.delivery().discount()));
                rows++;
            }
        }
        if (rows > 0) {
            script.add(
                    "INSERT INTO orders_adjustment (order_id, sku_id, stage, amount, label, source, funder) VALUES "
                            + SqlScript.rows(
                                    "(@techan_order + ? * @@auto_increment_increment, ?, ?, ?, ?, ?, ?)", rows),
                    values);
        }
    }

    private static List<Object> adjustmentRow(int order, @Nullable Long skuId, PriceAdjustment adjustment) {
        return Arrays.asList(
                order,
                skuId,
                adjustment.stage().name(),
                adjustment.amount(),
                adjustment.terms().label(),
                adjustment.terms().source(),
                adjustment.terms().funder().name());
    }

    /** Each SKU limited per person stays within its limit for this buyer, counting their recent orders. */
    private void withinBuyerLimits(Request request, Map<Long, SkuOnSale> skus, Map<BuyerSku, Integer> boughtHere) {
        long buyer = request.consumer().accountId();
        for (SkuOnSale sku : skus.values()) {
            if (sku.purchase().maxPerBuyer() != null) {
                BuyerSku counted = new BuyerSku(buyer, sku.skuId());
                int bought =
                        buyers.unitsBought(buyer, sku.skuId(), sku.purchase().buyerWindowDays())
                                + boughtHere.getOrDefault(counted, 0);
                sku.purchase().checkForBuyer(bought, request.units().get(sku.skuId()));
            }
        }
        for (SkuOnSale sku : skus.values()) {
            boughtHere.merge(new BuyerSku(buyer, sku.skuId()), request.units().get(sku.skuId()), Integer::sum);
        }
    }

    /** The request's SKUs among those on sale, each bought within its purchase rule when {@code consumerRules}. */
    private static Map<Long, SkuOnSale> onSale(
            Map<Long, Integer> units, List<SkuOnSale> forSale, boolean consumerRules) {
        Map<Long, SkuOnSale> skus = new TreeMap<>();
        for (SkuOnSale sku : forSale) {
            if (units.containsKey(sku.skuId())) {
                skus.put(sku.skuId(), sku);
            }
        }
        for (Map.Entry<Long, Integer> line : units.entrySet()) {
            SkuOnSale sku = skus.get(line.getKey());
            if (sku == null) {
                throw new RuleViolationException("checkout.sku-unavailable", line.getKey());
            }
            if (consumerRules) {
                sku.purchase().check(line.getValue());
            }
        }
        return skus;
    }

    static String key(String key) {
        String clean = key == null ? "" : key.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new RuleViolationException("checkout.key.invalid");
        }
        return clean;
    }

    /** Units per SKU in id order; a SKU listed twice counts once with both quantities. */
    private static Map<Long, Integer> units(List<CartLine> lines, int mostLines, int mostUnits) {
        if (lines == null || lines.isEmpty() || lines.size() > mostLines) {
            throw new RuleViolationException("checkout.lines.invalid", mostLines);
        }
        Map<Long, Integer> units = new TreeMap<>();
        for (CartLine line : lines) {
            if (line == null || line.quantity() < 1 || line.quantity() > mostUnits) {
                throw new RuleViolationException("checkout.quantity.invalid", mostUnits);
            }
            units.merge(line.skuId(), line.quantity(), Integer::sum);
        }
        if (units.values().stream().anyMatch(q -> q > mostUnits)) {
            throw new RuleViolationException("checkout.quantity.invalid", mostUnits);
        }
        return units;
    }

    /** The buyer's note to the shops, trimmed; none when blank. */
    private static @Nullable String remarks(@Nullable String remarks) {
        if (remarks == null || remarks.isBlank()) {
            return null;
        }
        String clean = remarks.strip();
        if (clean.length() > MAX_REMARKS) {
            throw new RuleViolationException("checkout.remarks.too-long", MAX_REMARKS);
        }
        return clean;
    }

    /** The coupons chosen, in order; null when the buyer left the choice to the pipeline. */
    private static @Nullable Set<String> coupons(@Nullable List<String> coupons) {
        if (coupons == null) {
            return null;
        }
        if (coupons.size() > MOST_COUPONS
                || coupons.stream().anyMatch(c -> c == null || c.isBlank() || c.length() > 40)) {
            throw new RuleViolationException("checkout.coupons.invalid", MOST_COUPONS);
        }
        return new java.util.TreeSet<>(coupons.stream().map(String::strip).toList());
    }

    /**
     * The same key with other lines, another address, another note or other coupons is a different
     * checkout, not a retry.
     */
    private static String hash(
            Map<Long, Integer> units,
            DeliveryAddress address,
            Map<String, ShopFulfilment> pickups,
            @Nullable String remarks,
            @Nullable Set<String> coupons) {
        StringBuilder canonical = new StringBuilder();
        units.forEach((sku, quantity) ->
                canonical.append(sku).append('x').append(quantity).append(';'));
        pickups.forEach((shop, pickup) ->
                canonical.append(shop).append('@').append(pickup.slotId()).append(';'));
        canonical
                .append(address.recipient())
                .append('|')
                .append(address.phone())
                .append('|')
                .append(address.regionCode())
                .append('|')
                .append(address.street());
        if (remarks != null) {
            // Only when given: checkouts placed before remarks existed keep their hash.
            canonical.append('|').append(remarks);
        }
        if (coupons != null) {
            // Only when chosen, as for remarks.
            canonical.append("|coupons:").append(String.join(",", coupons));
        }
        return Sha256.hex(canonical.toString());
    }
}
