package org.techan.wholesale.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techan.catalog.CatalogReads;
import org.techan.catalog.SkuOnSale;
import org.techan.catalog.StockPort;
import org.techan.platform.Actor;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.platform.SqlScript;
import org.techan.search.SearchApi;
import org.techan.wholesale.OfferCommand;
import org.techan.wholesale.OfferView;
import org.techan.wholesale.PriceTier;

/**
 * Wholesale offers: a shop's staff offer its SKUs on sale with a pack, quantities and tiered
 * prices. Saving an offer again replaces it whole, tiers included, in one transaction.
 */
@Singleton
class Offers {

    private static final int MOST_TIERS = 5;
    private static final int MOST_PACKS = 1_000_000;
    private static final int MOST_GRAMS = 1_000_000;
    private static final BigDecimal MOST_PRICE = new BigDecimal("1000000");

    private final WholesaleSql sql;
    private final CatalogReads catalog;
    private final StockPort stock;
    private final SearchApi search;
    private final Clock clock;

    Offers(WholesaleSql sql, CatalogReads catalog, StockPort stock, SearchApi search, Clock clock) {
        this.sql = sql;
        this.catalog = catalog;
        this.stock = stock;
        this.search = search;
        this.clock = clock;
    }

    /**
     * Replaces the offer of one of the staff's SKUs. Saves of one shop run one after the other (its
     * guard row first); in read-committed isolation the replaced tiers lock no gaps, so saves of
     * neighbouring SKUs of other shops never deadlock with it.
     */
    @Transactional(isolation = io.micronaut.transaction.TransactionDefinition.Isolation.READ_COMMITTED)
    public OfferView save(Actor staff, OfferCommand command) {
        String shop = shopOf(staff);
        SkuOnSale sku = stock.skusForSale(List.of(command.skuId())).stream()
                .filter(s -> s.shopSlug().equals(shop))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("wholesale.offer.sku-unknown", command.skuId()));
        List<PriceTier> tiers = checked(command);
        String standard =
                command.gradeStandard() == null || command.gradeStandard().isBlank()
                        ? null
                        : command.gradeStandard().strip();
        if (standard != null && standard.length() > 60) {
            throw new RuleViolationException("wholesale.offer.standard.too-long", 60);
        }
        SqlScript script = new SqlScript();
        script.add(GUARD, shop);
        script.add(
                "INSERT INTO wholesale_offer (sku_id, product_id, shop_slug, title_zh, spec_zh, pack, pack_net_grams,"
                        + " min_packs, increment, max_packs, grade, grade_standard, weight_tolerance_pct, pack_litres,"
                        + " updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE pack_litres = VALUES(pack_litres),"
                        + " title_zh = VALUES(title_zh), spec_zh = VALUES(spec_zh), pack = VALUES(pack),"
                        + " pack_net_grams = VALUES(pack_net_grams), min_packs = VALUES(min_packs),"
                        + " increment = VALUES(increment), max_packs = VALUES(max_packs), grade = VALUES(grade),"
                        + " grade_standard = VALUES(grade_standard), weight_tolerance_pct ="
                        + " VALUES(weight_tolerance_pct), updated_by = VALUES(updated_by),"
                        + " updated_at = VALUES(updated_at)",
                sku.skuId(),
                sku.productId(),
                shop,
                sku.titleZh(),
                sku.specZh(),
                command.pack().name(),
                command.packNetGrams(),
                command.minPacks(),
                command.increment(),
                command.maxPacks(),
                command.grade() == null ? null : command.grade().name(),
                standard,
                tolerance(command.weightTolerancePercent()),
                litres(shop, command.packLitres()),
                staff.accountId(),
                Timestamp.from(clock.instant()));
        script.add("DELETE FROM wholesale_tier WHERE sku_id = ?", sku.skuId());
        List<Object> values = new ArrayList<>();
        for (PriceTier tier : tiers) {
            values.add(sku.skuId());
            values.add(tier.minPacks());
            values.add(tier.unitPrice());
        }
        script.add(
                "INSERT INTO wholesale_tier (sku_id, min_packs, unit_price) VALUES "
                        + SqlScript.rows("(?, ?, ?)", tiers.size()),
                values);
        sql.run(script);
        // The wholesale catalogue finds the product by its offers' grades, packs and minimum.
        search.queueForIndexing(List.of(sku.productId()));
        return of(List.of(sku.skuId())).get(0);
    }

    /** Takes a shop's guard row exclusively, making it on the shop's first save. */
    static final String GUARD =
            "INSERT INTO wholesale_shop_guard (shop_slug) VALUES (?) ON DUPLICATE KEY UPDATE shop_slug = shop_slug";

    /** A container's worth: more is no pack. */
    private static final int MOST_LITRES = 100_000;

    /** The space one pack takes; a shop that charges bulk freight by volume needs it for every offer. */
    private @Nullable Integer litres(String shop, @Nullable Integer litres) {
        if (litres != null && (litres < 1 || litres > MOST_LITRES)) {
            throw new RuleViolationException("wholesale.offer.litres", MOST_LITRES);
        }
        if (litres == null
                && !sql.query(
                                "SELECT 1 FROM wholesale_freight_band WHERE shop_slug = ? AND basis = 'VOLUME' LIMIT 1",
                                row -> 1,
                                shop)
                        .isEmpty()) {
            throw new RuleViolationException("wholesale.offer.litres-required");
        }
        return litres;
    }

    /** The most shortfall a shop may declare tolerable: more is no longer the weight sold. */
    private static final BigDecimal MOST_TOLERANCE = BigDecimal.TEN;

    private static @Nullable BigDecimal tolerance(@Nullable BigDecimal percent) {
        if (percent != null
                && (percent.signum() <= 0 || percent.compareTo(MOST_TOLERANCE) > 0 || percent.scale() > 2)) {
            throw new RuleViolationException("wholesale.offer.tolerance", MOST_TOLERANCE);
        }
        return percent;
    }

    @Transactional
    public void withdraw(Actor staff, long skuId) {
        String shop = shopOf(staff);
        List<Long> product = sql.query(
                "SELECT product_id FROM wholesale_offer WHERE sku_id = ? AND shop_slug = ? FOR UPDATE",
                row -> row.getLong(1),
                skuId,
                shop);
        if (product.isEmpty()
                || sql.update("DELETE FROM wholesale_offer WHERE sku_id = ? AND shop_slug = ?", skuId, shop) != 1) {
            throw new NotFoundException("wholesale.offer.not-found", skuId);
        }
        search.queueForIndexing(product);
    }

    @Transactional(readOnly = true)
    public List<OfferView> ofShop(Actor staff) {
        String shop = shopOf(staff);
        return read("o.shop_slug = ?", shop);
    }

    /** The offers among these SKUs, in no particular order. */
    @Transactional(readOnly = true)
    public List<OfferView> of(Collection<Long> skuIds) {
        return readIn("o.sku_id", skuIds);
    }

    /** The offers of these products' SKUs: what a four-column quick-order line names. */
    @Transactional(readOnly = true)
    public List<OfferView> ofProducts(Collection<Long> productIds) {
        return readIn("o.product_id", productIds);
    }

    /** The offers whose {@code column} is one of {@code ids}. */
    private List<OfferView> readIn(String column, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return read(column + " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", ids.toArray());
    }

    private List<OfferView> read(String where, Object... parameters) {
        record Row(OfferView offer, PriceTier tier) {}
        List<Row> rows = sql.query(
                "SELECT o.*, t.min_packs AS tier_min, t.unit_price FROM wholesale_offer o"
                        + " JOIN wholesale_tier t ON t.sku_id = o.sku_id WHERE " + where
                        + " ORDER BY o.sku_id, t.min_packs",
                row -> new Row(offer(row), new PriceTier(row.getInt("tier_min"), row.getBigDecimal("unit_price"))),
                parameters);
        Map<Long, List<PriceTier>> tiers = new LinkedHashMap<>();
        Map<Long, OfferView> offers = new LinkedHashMap<>();
        for (Row row : rows) {
            offers.putIfAbsent(row.offer().skuId(), row.offer());
            tiers.computeIfAbsent(row.offer().skuId(), id -> new ArrayList<>()).add(row.tier());
        }
        return offers.values().stream()
                .map(o -> withTiers(o, tiers.get(o.skuId())))
                .toList();
    }

    private static OfferView offer(ResultSet row) throws SQLException {
        int max = row.getInt("max_packs");
        Integer maxPacks = row.wasNull() ? null : max;
        String grade = row.getString("grade");
        return new OfferView(
                row.getLong("sku_id"),
                row.getLong("product_id"),
                row.getString("shop_slug"),
                row.getString("title_zh"),
                row.getString("spec_zh"),
                org.techan.wholesale.PackKind.valueOf(row.getString("pack")),
                row.getInt("pack_net_grams"),
                row.getInt("min_packs"),
                row.getInt("increment"),
                maxPacks,
                List.of(),
                grade == null ? null : org.techan.wholesale.Grade.valueOf(grade),
                row.getString("grade_standard"),
                row.getBigDecimal("weight_tolerance_pct"),
                row.getObject("pack_litres") == null ? null : row.getInt("pack_litres"));
    }

    private static OfferView withTiers(OfferView offer, List<PriceTier> tiers) {
        return new OfferView(
                offer.skuId(),
                offer.productId(),
                offer.shopSlug(),
                offer.titleZh(),
                offer.specZh(),
                offer.pack(),
                offer.packNetGrams(),
                offer.minPacks(),
                offer.increment(),
                offer.maxPacks(),
                List.copyOf(tiers),
                offer.grade(),
                offer.gradeStandard(),
                offer.weightTolerancePercent(),
                offer.packLitres());
    }

    /**
     * The tiers, checked with the quantities: the first starts at the minimum, each later one at
     * more packs (on the steps) for less; at most five.
     */
    private static List<PriceTier> checked(OfferCommand command) {
        if (command.pack() == null) {
            throw new RuleViolationException("wholesale.offer.pack.required");
        }
        if (command.packNetGrams() < 1 || command.packNetGrams() > MOST_GRAMS) {
            throw new RuleViolationException("wholesale.offer.weight.invalid", MOST_GRAMS);
        }
        if (command.minPacks() < 1
                || command.minPacks() > MOST_PACKS
                || command.increment() < 1
                || command.increment() > MOST_PACKS
                || (command.maxPacks() != null
                        && (command.maxPacks() < command.minPacks() || command.maxPacks() > MOST_PACKS))) {
            throw new RuleViolationException("wholesale.offer.quantities.invalid", MOST_PACKS);
        }
        List<PriceTier> tiers = command.tiers() == null ? List.of() : command.tiers();
        if (tiers.isEmpty() || tiers.size() > MOST_TIERS) {
            throw new RuleViolationException("wholesale.offer.tiers.count", MOST_TIERS);
        }
        if (tiers.get(0).minPacks() != command.minPacks()) {
            throw new RuleViolationException("wholesale.offer.tiers.first", command.minPacks());
        }
        PriceTier before = null;
        for (PriceTier tier : tiers) {
            if (tier.unitPrice() == null
                    || tier.unitPrice().signum() <= 0
                    || tier.unitPrice().scale() > 2
                    || tier.unitPrice().compareTo(MOST_PRICE) >= 0) {
                throw new RuleViolationException(
                        "wholesale.offer.tiers.price",
                        tier.unitPrice() == null ? "" : tier.unitPrice().toPlainString());
            }
            if (before != null
                    && (tier.minPacks() <= before.minPacks()
                            || tier.unitPrice().compareTo(before.unitPrice()) >= 0
                            || (command.maxPacks() != null && tier.minPacks() > command.maxPacks()))) {
                throw new RuleViolationException("wholesale.offer.tiers.order");
            }
            before = tier;
        }
        return List.copyOf(tiers);
    }

    String shopOf(@Nullable Actor staff) {
        if (staff == null || staff.role() != Role.SHOP_STAFF) {
            throw new NotAllowedException("wholesale.offer.staff-only");
        }
        return catalog.shopOf(staff).slug();
    }
}
