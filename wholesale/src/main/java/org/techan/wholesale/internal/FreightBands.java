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
import org.techan.wholesale.FreightBasis;
import org.techan.wholesale.FreightRules;
import org.techan.wholesale.OfferView;

/**
 * Shops' bulk freight by weight or by volume: the first band whose kilograms (or litres) a shop's
 * part of an order does not exceed (its packs at their net weight, or the space they take), else
 * the open-ended last band. Orders asks for it when a bulk order is placed; the quick-order draft
 * shows the same figure.
 */
@Singleton
class FreightBands implements BulkFreight {

    /** Stored for the open-ended band: heavier than any order. */
    private static final int OPEN = Integer.MAX_VALUE;

    private static final int MOST_BANDS = 5;

    /** The largest band limit: a thousand tonnes or cubic metres, well below the open band's stored limit. */
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
     *     every charge is an amount of 0 or more; by volume, unless every offer of the shop says
     *     how much space a pack takes
     */
    @Transactional(isolation = io.micronaut.transaction.TransactionDefinition.Isolation.READ_COMMITTED)
    public FreightRules save(Actor staff, FreightRules rules) {
        String shop = offers.shopOf(staff);
        FreightBasis basis = rules == null || rules.basis() == null ? FreightBasis.WEIGHT : rules.basis();
        List<FreightBand> checked = checked(rules == null || rules.bands() == null ? List.of() : rules.bands());
        if (basis == FreightBasis.VOLUME && !checked.isEmpty()) {
            List<String> unmeasured = offers.ofShop(staff).stream()
                    .filter(offer -> offer.packLitres() == null)
                    .map(offer -> offer.titleZh() + " " + offer.specZh())
                    .toList();
            if (!unmeasured.isEmpty()) {
                throw new RuleViolationException("wholesale.freight.litres-missing", String.join("、", unmeasured));
            }
        }
        // The shop's guard first: its saves run one after the other; read committed, the bands
        // replaced lock no gaps shared with a neighbouring shop's.
        SqlScript script = new SqlScript();
        script.add(Offers.GUARD, shop);
        script.add("DELETE FROM wholesale_freight_band WHERE shop_slug = ?", shop);
        if (!checked.isEmpty()) {
            List<Object> values = new ArrayList<>();
            for (FreightBand band : checked) {
                values.addAll(List.of(shop, band.upTo() == null ? OPEN : band.upTo(), band.charge(), basis.name()));
            }
            script.add(
                    "INSERT INTO wholesale_freight_band (shop_slug, up_to_kg, charge, basis) VALUES "
                            + SqlScript.rows("(?, ?, ?, ?)", checked.size()),
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
            boolean open = band == null || band.upTo() == null;
            boolean lastOne = i == bands.size() - 1;
            if (band == null
                    || band.charge() == null
                    || band.charge().signum() < 0
                    || band.charge().scale() > 2
                    || band.charge().compareTo(MOST_CHARGE) >= 0
                    || open != lastOne
                    || (!open && (band.upTo() <= last || band.upTo() > MOST_KG))) {
                throw new RuleViolationException("wholesale.freight.bands", MOST_BANDS);
            }
            last = open ? last : band.upTo();
        }
        return bands;
    }

    /** The staff's shop's bands, lightest first. */
    @Transactional(readOnly = true)
    public FreightRules of(Actor staff) {
        String shop = offers.shopOf(staff);
        Shop rules = bands(List.of(shop)).get(shop);
        return rules == null ? FreightRules.byWeight(List.of()) : new FreightRules(rules.basis(), rules.bands());
    }

    /** A shop's bands and what they count. */
    private record Shop(FreightBasis basis, List<FreightBand> bands) {}

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> freight(Actor buyer, Map<String, Map<Long, Integer>> units) {
        Map<String, Shop> bands = bands(units.keySet());
        if (bands.isEmpty()) {
            return Map.of();
        }
        Map<Long, OfferView> offered = new HashMap<>();
        offers.of(units.values().stream()
                        .flatMap(shop -> shop.keySet().stream())
                        .toList())
                .forEach(offer -> offered.put(offer.skuId(), offer));
        Map<String, BigDecimal> freight = new HashMap<>();
        bands.forEach((shop, rules) -> {
            long total = units.get(shop).entrySet().stream()
                    .mapToLong(line -> (long) line.getValue() * perPack(offered.get(line.getKey()), rules.basis()))
                    .sum();
            freight.put(shop, charge(rules.bands(), total));
        });
        return freight;
    }

    /** A pack's grams, or its litres in millilitres, so that bands compare thousandths of their unit. */
    private static long perPack(OfferView offer, FreightBasis basis) {
        if (offer == null) {
            return 0;
        }
        if (basis == FreightBasis.VOLUME) {
            return offer.packLitres() == null ? 0 : offer.packLitres() * 1000L;
        }
        return offer.packNetGrams();
    }

    /** The first band the weight (or volume) does not exceed, in thousandths; the open one for anything more. */
    static BigDecimal charge(List<FreightBand> bands, long thousandths) {
        for (FreightBand band : bands) {
            if (band.upTo() == null || thousandths <= band.upTo() * 1000L) {
                return band.charge();
            }
        }
        // Bands always end with an open one; a shop whose last band is bounded carries it on.
        return bands.get(bands.size() - 1).charge();
    }

    private Map<String, Shop> bands(Collection<String> shops) {
        if (shops.isEmpty()) {
            return Map.of();
        }
        Map<String, Shop> bands = new HashMap<>();
        sql.query(
                "SELECT shop_slug, up_to_kg, charge, basis FROM wholesale_freight_band WHERE shop_slug IN ("
                        + SqlScript.rows("?", shops.size()) + ") ORDER BY shop_slug, up_to_kg",
                row -> {
                    int limit = row.getInt(2);
                    FreightBasis basis = FreightBasis.valueOf(row.getString(4));
                    bands.computeIfAbsent(row.getString(1), shop -> new Shop(basis, new ArrayList<>()))
                            .bands()
                            .add(new FreightBand(limit == OPEN ? null : limit, row.getBigDecimal(3)));
                    return 1;
                },
                shops.toArray());
        return bands;
    }
}
