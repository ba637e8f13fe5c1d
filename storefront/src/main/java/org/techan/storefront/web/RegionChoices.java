package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionLevel;
import org.techan.catalog.RegionView;
import org.techan.platform.DomainException;

/**
 * The cascading region pickers (省 › 市 › 区县 › 乡镇街道 › 村): over China's administrative
 * divisions for addresses and stores, or over the marketplace's own regions, down to the villages
 * its shops stand in, for shops, products, pavilions and brands. The levels down to the one chosen,
 * and the next to choose from; a script refills the lower levels when a higher one changes, and
 * without it each submit shows the next level.
 */
@Singleton
class RegionChoices {

    /** The form fields of the division levels, highest first. */
    static final List<String> FIELDS = List.of("province", "city", "county", "township");

    /** The form fields of the marketplace's region levels, highest first. */
    static final List<String> VILLAGE_FIELDS = List.of("province", "city", "county", "township", "village");

    private final CatalogApi catalog;

    RegionChoices(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @Introspected
    record Option(String code, String nameZh) {}

    @Introspected
    record Level(String field, List<Option> options, String selected) {}

    /**
     * One picker: {@code id} prefixes its elements' ids (several pickers on one page), {@code
     * source} is where the script reads a level's children.
     */
    @Introspected
    record Picker(String id, String source, String fields, List<Level> levels) {}

    /** An address's picker over the national divisions, {@code chosen}'s path selected. */
    Picker picker(@Nullable String chosen) {
        return divisions("region", chosen);
    }

    /** A picker over the national divisions; {@code id} names it on the page. */
    Picker divisions(String id, @Nullable String chosen) {
        return build(id, "/api/v1/divisions", FIELDS, catalog::divisions, path(chosen, false));
    }

    /** A picker over the marketplace's regions, down to its villages; {@code id} names it on the page. */
    Picker marketplace(String id, @Nullable String chosen) {
        return build(id, "/api/v1/regions", VILLAGE_FIELDS, catalog::childRegions, path(chosen, true));
    }

    private static Picker build(
            String id,
            String source,
            List<String> fields,
            Function<RegionCode, List<RegionView>> children,
            List<RegionView> path) {
        List<Level> levels = new ArrayList<>();
        RegionCode parent = null;
        for (int depth = 0; depth < fields.size(); depth++) {
            List<Option> options = children.apply(parent).stream()
                    .map(d -> new Option(d.code(), d.nameZh()))
                    .toList();
            if (options.isEmpty()) {
                break;
            }
            String selected = depth < path.size() ? path.get(depth).code() : "";
            levels.add(new Level(fields.get(depth), options, selected));
            if (selected.isEmpty()) {
                break;
            }
            parent = new RegionCode(selected);
        }
        return new Picker(id, source, String.join(",", fields), levels);
    }

    private List<RegionView> path(@Nullable String chosen, boolean villages) {
        if (chosen == null || chosen.isBlank()) {
            return List.of();
        }
        try {
            return catalog.regionPath(RegionCode.parse(chosen)).stream()
                    .filter(r -> villages || r.level() != RegionLevel.VILLAGE)
                    .toList();
        } catch (DomainException unknown) {
            return List.of();
        }
    }

    /**
     * The region a form chose: the deepest level that lies within the levels above it (a level left
     * over from an earlier choice higher up is ignored), else the plain {@code regionCode} field
     * that API clients and older pages send.
     */
    static @Nullable String chosen(@Nullable String regionCode, @Nullable String... levels) {
        String deepest = null;
        for (String level : levels) {
            if (level == null || level.isBlank()) {
                break;
            }
            String code = level.strip();
            if (deepest != null && !within(code, deepest)) {
                break;
            }
            deepest = code;
        }
        return deepest != null ? deepest : regionCode;
    }

    private static boolean within(String code, String above) {
        try {
            RegionCode upper = RegionCode.parse(above);
            return RegionCode.parse(code)
                    .value()
                    .startsWith(upper.value().substring(0, upper.level().significantDigits()));
        } catch (DomainException malformed) {
            return false;
        }
    }
}
