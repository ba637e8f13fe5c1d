package org.techan.wholesale.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techan.platform.Actor;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.platform.SqlScript;
import org.techan.wholesale.ListPrice;
import org.techan.wholesale.OfferView;
import org.techan.wholesale.OrganisationKind;
import org.techan.wholesale.PriceListCommand;
import org.techan.wholesale.PriceListView;

/**
 * Shops' price lists (协议价): for a kind of organisation or for one organisation, over days, a
 * price per pack for some of the shop's wholesale SKUs. For a buyer, an organisation's own list
 * comes before its kind's; between two lists of the same reach, the one that started later.
 */
@Singleton
class PriceLists {

    static final int MOST_PRICES = 500;
    private static final int MOST_NAME = 60;
    private static final BigDecimal MOST_PRICE = new BigDecimal("1000000");

    private final WholesaleSql sql;
    private final Offers offers;
    private final Organisations organisations;
    private final Clock clock;

    PriceLists(WholesaleSql sql, Offers offers, Organisations organisations, Clock clock) {
        this.sql = sql;
        this.offers = offers;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * A shop's staff add a price list.
     *
     * @throws RuleViolationException for a name, audience, days or prices that do not make one
     * @throws NotFoundException for a credit code no verified organisation has
     */
    @Transactional
    public PriceListView save(Actor staff, PriceListCommand command) {
        String shop = offers.shopOf(staff);
        String key = RequestKeys.checked(command.requestKey());
        if (key != null) {
            List<PriceListView> saved = read("l.shop_slug = ? AND l.request_key = ?", shop, key);
            if (!saved.isEmpty()) {
                return saved.get(0);
            }
        }
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty() || name.length() > MOST_NAME) {
            throw new RuleViolationException("wholesale.price-list.name", MOST_NAME);
        }
        boolean forKind = command.organisationKind() != null;
        boolean forOne = command.organisationCreditCode() != null
                && !command.organisationCreditCode().isBlank();
        if (forKind == forOne) {
            throw new RuleViolationException("wholesale.price-list.audience");
        }
        Long organisation = forOne ? organisations.verifiedIdByCode(command.organisationCreditCode()) : null;
        if (command.validFrom() == null
                || (command.validTo() != null && command.validTo().isBefore(command.validFrom()))) {
            throw new RuleViolationException("wholesale.price-list.days");
        }
        Map<Long, BigDecimal> prices = prices(shop, command.prices());
        long id;
        try {
            id = sql.insert(
                    "INSERT INTO wholesale_price_list (shop_slug, name, organisation_kind, organisation_id, valid_from,"
                            + " valid_to, created_by, created_at, request_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    shop,
                    name,
                    forKind ? command.organisationKind().name() : null,
                    organisation,
                    Date.valueOf(command.validFrom()),
                    command.validTo() == null ? null : Date.valueOf(command.validTo()),
                    staff.accountId(),
                    Timestamp.from(clock.instant()),
                    key);
        } catch (RuntimeException failure) {
            if (key != null && WholesaleSql.duplicateKey(failure)) {
                throw new RequestKeys.KeptMeanwhile("A price list", failure);
            }
            throw failure;
        }
        List<Object> values = new ArrayList<>();
        prices.forEach((sku, price) -> values.addAll(List.of(id, sku, price)));
        sql.update(
                "INSERT INTO wholesale_list_price (price_list_id, sku_id, unit_price) VALUES "
                        + SqlScript.rows("(?, ?, ?)", prices.size()),
                values.toArray());
        return read("l.id = ?", id).get(0);
    }

    /** The list the staff's shop saved under this key, read after the request that saved it committed. */
    @Transactional(readOnly = true)
    public PriceListView byKey(Actor staff, String requestKey) {
        return read("l.shop_slug = ? AND l.request_key = ?", offers.shopOf(staff), RequestKeys.checked(requestKey))
                .get(0);
    }

    /** The prices typed: each for one of the shop's wholesale SKUs, once, at a real amount. */
    private Map<Long, BigDecimal> prices(String shop, @Nullable List<ListPrice> typed) {
        if (typed == null || typed.isEmpty() || typed.size() > MOST_PRICES) {
            throw new RuleViolationException("wholesale.price-list.prices", MOST_PRICES);
        }
        Map<Long, BigDecimal> prices = new LinkedHashMap<>();
        for (ListPrice price : typed) {
            if (price == null
                    || price.unitPrice() == null
                    || price.unitPrice().signum() <= 0
                    || price.unitPrice().scale() > 2
                    || price.unitPrice().compareTo(MOST_PRICE) >= 0) {
                throw new RuleViolationException("wholesale.price-list.price", price == null ? 0 : price.skuId());
            }
            if (prices.put(price.skuId(), price.unitPrice()) != null) {
                throw new RuleViolationException("wholesale.price-list.twice", price.skuId());
            }
        }
        Set<Long> ours = new HashSet<>();
        for (OfferView offer : offers.of(prices.keySet())) {
            if (offer.shopSlug().equals(shop)) {
                ours.add(offer.skuId());
            }
        }
        for (Long sku : prices.keySet()) {
            if (!ours.contains(sku)) {
                throw new NotFoundException("wholesale.offer.not-found", sku);
            }
        }
        return prices;
    }

    /** The staff's shop's price lists, the latest first. */
    @Transactional(readOnly = true)
    public List<PriceListView> ofShop(Actor staff) {
        return read("l.shop_slug = ?", offers.shopOf(staff));
    }

    /**
     * Takes a price list away; its prices stop applying at once.
     *
     * @throws NotFoundException for a list that is not the shop's
     */
    @Transactional
    public void delete(Actor staff, long id) {
        if (sql.update("DELETE FROM wholesale_price_list WHERE id = ? AND shop_slug = ?", id, offers.shopOf(staff))
                != 1) {
            throw new NotFoundException("wholesale.price-list.not-found", id);
        }
    }

    /**
     * What the organisation pays per pack today for those of these SKUs a valid list prices, with
     * the list: its own list before its kind's, a later start before an earlier one. One statement.
     */
    @Transactional(readOnly = true)
    public Map<Long, Applied> pricesFor(long organisationId, OrganisationKind kind, Collection<Long> skuIds) {
        if (skuIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = org.techan.platform.MarketCalendar.today(clock);
        List<Object> parameters = new ArrayList<>(skuIds);
        parameters.addAll(List.of(Date.valueOf(today), Date.valueOf(today), organisationId, kind.name()));
        Map<Long, Applied> applied = new HashMap<>();
        sql.query(
                        "SELECT p.sku_id, p.unit_price, l.id, l.name FROM wholesale_list_price p"
                                + " JOIN wholesale_price_list l ON l.id = p.price_list_id WHERE p.sku_id IN ("
                                + SqlScript.rows("?", skuIds.size()) + ") AND l.valid_from <= ?"
                                + " AND (l.valid_to IS NULL OR l.valid_to >= ?)"
                                + " AND (l.organisation_id = ? OR l.organisation_kind = ?)"
                                // Best last: the organisation's own, then the latest start.
                                + " ORDER BY l.organisation_id IS NOT NULL, l.valid_from, l.id",
                        row -> new Applied(row.getLong(1), row.getBigDecimal(2), row.getLong(3), row.getString(4)),
                        parameters.toArray())
                .forEach(price -> applied.put(price.skuId(), price));
        return applied;
    }

    /** A list price that applies: the SKU, its price per pack, and the list it comes from. */
    record Applied(long skuId, BigDecimal unitPrice, long listId, String listName) {}

    private List<PriceListView> read(String where, Object... parameters) {
        record Row(PriceListView list, ListPrice price) {}
        List<Row> rows = sql.query(
                "SELECT l.*, o.name AS organisation_name, p.sku_id, p.unit_price FROM wholesale_price_list l"
                        + " JOIN wholesale_list_price p ON p.price_list_id = l.id"
                        + " LEFT JOIN wholesale_organisation o ON o.id = l.organisation_id WHERE " + where
                        + " ORDER BY l.id DESC, p.sku_id",
                row -> new Row(
                        new PriceListView(
                                row.getLong("id"),
                                row.getString("shop_slug"),
                                row.getString("name"),
                                row.getString("organisation_kind") == null
                                        ? null
                                        : OrganisationKind.valueOf(row.getString("organisation_kind")),
                                row.getObject("organisation_id") == null ? null : row.getLong("organisation_id"),
                                row.getString("organisation_name"),
                                row.getDate("valid_from").toLocalDate(),
                                row.getDate("valid_to") == null
                                        ? null
                                        : row.getDate("valid_to").toLocalDate(),
                                List.of()),
                        new ListPrice(row.getLong("sku_id"), row.getBigDecimal("unit_price"))),
                parameters);
        Map<Long, PriceListView> lists = new LinkedHashMap<>();
        Map<Long, List<ListPrice>> prices = new HashMap<>();
        for (Row row : rows) {
            lists.putIfAbsent(row.list().id(), row.list());
            prices.computeIfAbsent(row.list().id(), id -> new ArrayList<>()).add(row.price());
        }
        return lists.values().stream()
                .map(l -> new PriceListView(
                        l.id(),
                        l.shopSlug(),
                        l.name(),
                        l.organisationKind(),
                        l.organisationId(),
                        l.organisationName(),
                        l.validFrom(),
                        l.validTo(),
                        prices.get(l.id())))
                .toList();
    }
}
