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
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.techan.catalog.CatalogReads;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionLevel;
import org.techan.catalog.RegionView;
import org.techan.platform.Actor;
import org.techan.platform.DomainException;
import org.techan.platform.RuleViolationException;
import org.techan.platform.SqlScript;
import org.techan.search.SearchApi;
import org.techan.wholesale.ProducingBaseCommand;
import org.techan.wholesale.ProducingBaseView;

/**
 * Shops' producing bases (生产基地), one per shop, as the wholesale catalogue shows them and filters
 * by. Saving one queues the shop's wholesale products for indexing in the same transaction.
 */
@Singleton
class ProducingBases {

    private static final int LONGEST_NAME = 60;
    private static final int LONGEST_ADDRESS = 200;
    private static final BigDecimal MOST_TONNES = new BigDecimal("10000000");

    private final WholesaleSql sql;
    private final Offers offers;
    private final CatalogReads catalog;
    private final SearchApi search;
    private final Clock clock;

    ProducingBases(WholesaleSql sql, Offers offers, CatalogReads catalog, SearchApi search, Clock clock) {
        this.sql = sql;
        this.offers = offers;
        this.catalog = catalog;
        this.search = search;
        this.clock = clock;
    }

    /**
     * A shop's staff describe its producing base, replacing what it said before.
     *
     * @throws RuleViolationException for a name, division, address, capacity or months that do
     *     not make one, naming the field
     */
    @Transactional
    public ProducingBaseView save(Actor staff, ProducingBaseCommand command) {
        String shop = offers.shopOf(staff);
        String name = text(command.name(), LONGEST_NAME);
        if (name == null) {
            throw new RuleViolationException("wholesale.base.name.invalid", LONGEST_NAME);
        }
        String address = text(command.address(), LONGEST_ADDRESS);
        if (address == null) {
            throw new RuleViolationException("wholesale.base.address.invalid", LONGEST_ADDRESS);
        }
        List<RegionView> path = division(command.regionCode());
        BigDecimal capacity = command.capacityTonnes();
        if (capacity == null
                || capacity.signum() <= 0
                || capacity.scale() > 1
                || capacity.compareTo(MOST_TONNES) >= 0) {
            throw new RuleViolationException("wholesale.base.capacity.invalid", MOST_TONNES);
        }
        String months = months(command.harvestMonths());
        sql.update(
                "INSERT INTO wholesale_producing_base (shop_slug, name, region_code, region_name, address,"
                        + " capacity_tonnes, harvest_months, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE name = VALUES(name), region_code = VALUES(region_code),"
                        + " region_name = VALUES(region_name), address = VALUES(address),"
                        + " capacity_tonnes = VALUES(capacity_tonnes), harvest_months = VALUES(harvest_months),"
                        + " updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)",
                shop,
                name,
                path.get(path.size() - 1).code(),
                path.stream().map(RegionView::nameZh).collect(Collectors.joining(" ")),
                address,
                capacity,
                months,
                staff.accountId(),
                Timestamp.from(clock.instant()));
        // The catalogue filters by base: the shop's products say whether it has one.
        search.queueForIndexing(sql.query(
                "SELECT DISTINCT product_id FROM wholesale_offer WHERE shop_slug = ?", row -> row.getLong(1), shop));
        return of(List.of(shop)).get(0);
    }

    /** The staff's shop's producing base, if it described one. */
    @Transactional(readOnly = true)
    public Optional<ProducingBaseView> ofStaff(Actor staff) {
        return of(List.of(offers.shopOf(staff))).stream().findFirst();
    }

    /** The producing bases of those of these shops that describe one. */
    @Transactional(readOnly = true)
    public List<ProducingBaseView> of(Collection<String> shopSlugs) {
        if (shopSlugs.isEmpty()) {
            return List.of();
        }
        return sql.query(
                "SELECT * FROM wholesale_producing_base WHERE shop_slug IN (" + SqlScript.rows("?", shopSlugs.size())
                        + ") ORDER BY shop_slug",
                ProducingBases::base,
                shopSlugs.toArray());
    }

    private static ProducingBaseView base(ResultSet row) throws SQLException {
        return new ProducingBaseView(
                row.getString("shop_slug"),
                row.getString("name"),
                row.getString("region_code"),
                row.getString("region_name"),
                row.getString("address"),
                row.getBigDecimal("capacity_tonnes"),
                Arrays.stream(row.getString("harvest_months").split(","))
                        .map(Integer::valueOf)
                        .toList());
    }

    /** The text stripped; null when it is blank or longer than {@code longest}. */
    private static @Nullable String text(@Nullable String value, int longest) {
        String text = value == null ? "" : value.strip();
        return text.isEmpty() || text.length() > longest ? null : text;
    }

    /** The division's path, province first: a county or a township that the national tree holds. */
    private List<RegionView> division(@Nullable String code) {
        RegionCode region;
        try {
            region = RegionCode.parse(code);
        } catch (DomainException malformed) {
            throw new RuleViolationException("wholesale.base.region.invalid");
        }
        if (region.level() != RegionLevel.COUNTY && region.level() != RegionLevel.TOWNSHIP) {
            throw new RuleViolationException("wholesale.base.region.invalid");
        }
        List<RegionCode> codes = new ArrayList<>();
        for (RegionCode at = region; at != null; at = at.parent().orElse(null)) {
            codes.add(0, at);
        }
        List<RegionView> path = new ArrayList<>();
        RegionCode parent = null;
        for (RegionCode at : codes) {
            RegionView found = catalog.divisions(parent).stream()
                    .filter(d -> d.code().equals(at.value()))
                    .findFirst()
                    .orElseThrow(() -> new RuleViolationException("wholesale.base.region.invalid"));
            path.add(found);
            parent = at;
        }
        return path;
    }

    private static String months(@Nullable List<Integer> months) {
        if (months == null
                || months.isEmpty()
                || months.stream().anyMatch(month -> month == null || month < 1 || month > 12)) {
            throw new RuleViolationException("wholesale.base.months.invalid");
        }
        return new TreeSet<>(months).stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
