package org.techan.wholesale.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.techan.orders.BulkFreight;
import org.techan.platform.Actor;
import org.techan.platform.RuleViolationException;
import org.techan.platform.SqlScript;
import org.techan.wholesale.FreightBand;

/**
 * Shops' bulk freight by weight: the first band whose kilograms a shop's part of an order does not
 * exceed (its packs at their net weight), else the open-ended last band. Orders asks for it when
 * a bulk order is placed; the quick-order draft shows the same figure.
 */
@Singleton
class FreightBands implements BulkFreight {

    /** Stored for the open-ended band: heavier than any order. */
    private static final int OPEN = Integer.MAX_VALUE;

    private static final int MOST_BANDS = 5;

    /** The heaviest band limit: a thousand tonnes, well below the open band's stored limit. */
    private static final int MOST_KG = 1_000_000;

    private static final BigDecimal MOST_CHARGE = new BigDecimal("100000");

    private final WholesaleSql sql;
    private final Offers offers;

    FreightBands(WholesaleSql sql, Offers offers) {
        this.sql = sql;
        this.offers = offers;
    }

    /**
     * A shop's staff set its bands (replaced whole; none: the shop's delivery rule applies).
     *
     * @throws RuleViolationException unless the limits rise band by band, the last one open, and
     *     every charge is an amount of 0 or more
     */
    @Transactional
    public List<FreightBand> save(Actor staff, List<FreightBand> bands) {
        String shop = offers.shopOf(staff);
        List<FreightBand> checked = checked(bands == null ? List.of() : bands);
        SqlScript script = new SqlScript();
        script.add("DELETE FROM wholesale_freight_band WHERE shop_slug = ?", shop);
        if (!checked.isEmpty()) {
            List<Object> values = new ArrayList<>();
            for (FreightBand band : checked) {
                values.addAll(List.of(shop, band.upToKg() == null ? OPEN : band.upToKg(), band.charge()));
            }
            script.add(
                    "INSERT INTO wholesale_freight_band (shop_slug, up_to_kg, charge) VALUES "
                            + SqlScript.rows("(?, ?, ?)", checked.size()),
                    values);
        }
        sql.run(script);
        return of(staff);
    }

    private static List<FreightBand> checked(List<FreightBand> bands) {
        if (bands.size() > MOST_BANDS) {
            throw new RuleViolationException("wholesale.freight.bands", MOST_BANDS);
        }
        int last = 0;
        for (int i = 0; i < bands.size(); i++) {
            FreightBand band = bands.get(i);
            boolean open = band == null || band.upToKg() == null;
            boolean lastOne = i == bands.size() - 1;
            if (band == null
                    || band.charge() == null
                    || band.charge().signum() < 0
                    || band.charge().scale() > 2
                    || band.charge().compareTo(MOST_CHARGE) >= 0
                    || open != lastOne
                    || (!open && (band.upToKg() <= last || band.upToKg() > MOST_KG))) {
                throw new RuleViolationException("wholesale.freight.bands", MOST_BANDS);
            }
            last = open ? last : band.upToKg();
        }
        return bands;
    }

    /** The staff's shop's bands, lightest first. */
    @Transactional(readOnly = true)
    public List<FreightBand> of(Actor staff) {
        return bands(List.of(offers.shopOf(staff))).getOrDefault(offers.shopOf(staff), List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> freight(Actor buyer, Map<String, Map<Long, Integer>> units) {
        Map<String, List<FreightBand>> bands = bands(units.keySet());
        if (bands.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> grams = new HashMap<>();
        offers.of(units.values().stream()
                        .flatMap(shop -> shop.keySet().stream())
                        .toList())
                .forEach(offer -> grams.put(offer.skuId(), offer.packNetGrams()));
        Map<String, BigDecimal> freight = new HashMap<>();
        bands.forEach((shop, shopBands) -> {
            long total = units.get(shop).entrySet().stream()
                    .mapToLong(line -> (long) line.getValue() * grams.getOrDefault(line.getKey(), 0))
                    .sum();
            freight.put(shop, charge(shopBands, total));
        });
        return freight;
    }

    /** The first band the weight does not exceed; the open one for anything heavier. */
    static BigDecimal charge(List<FreightBand> bands, long grams) {
        for (FreightBand band : bands) {
            if (band.upToKg() == null || grams <= band.upToKg() * 1000L) {
                return band.charge();
            }
        }
        // Bands always end with an open one; a shop whose last band is bounded carries it on.
        return bands.get(bands.size() - 1).charge();
    }

    private Map<String, List<FreightBand>> bands(Collection<String> shops) {
        if (shops.isEmpty()) {
            return Map.of();
        }
        Map<String, List<FreightBand>> bands = new HashMap<>();
        sql.query(
                "SELECT shop_slug, up_to_kg, charge FROM wholesale_freight_band WHERE shop_slug IN ("
                        + SqlScript.rows("?", shops.size()) + ") ORDER BY shop_slug, up_to_kg",
                row -> {
                    int limit = row.getInt(2);
                    bands.computeIfAbsent(row.getString(1), shop -> new ArrayList<>())
                            .add(new FreightBand(limit == OPEN ? null : limit, row.getBigDecimal(3)));
                    return 1;
                },
                shops.toArray());
        return bands;
    }
}
