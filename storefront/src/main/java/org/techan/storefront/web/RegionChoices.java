package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionLevel;
import org.techan.catalog.RegionView;
import org.techan.platform.DomainException;

/**
 * The cascading region picker of address and store forms (省 › 市 › 区县 › 乡镇街道) over China's
 * administrative divisions: the levels down to the one chosen, and the next to choose from. A
 * script refills the lower levels when a higher one changes; without it, each submit shows the
 * next level.
 */
@Singleton
class RegionChoices {

    /** The form fields of the levels, highest first. */
    static final List<String> FIELDS = List.of("province", "city", "county", "township");

    private final CatalogApi catalog;

    RegionChoices(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @Introspected
    record Option(String code, String nameZh) {}

    @Introspected
    record Level(String field, List<Option> options, String selected) {}

    @Introspected
    record Picker(List<Level> levels) {}

    /** The picker with {@code chosen}'s path selected (nothing chosen: the provinces). */
    Picker picker(@Nullable String chosen) {
        List<RegionView> path = path(chosen);
        List<Level> levels = new ArrayList<>();
        RegionCode parent = null;
        for (int depth = 0; depth < FIELDS.size(); depth++) {
            List<Option> options = catalog.divisions(parent).stream()
                    .map(d -> new Option(d.code(), d.nameZh()))
                    .toList();
            if (options.isEmpty()) {
                break;
            }
            String selected = depth < path.size() ? path.get(depth).code() : "";
            levels.add(new Level(FIELDS.get(depth), options, selected));
            if (selected.isEmpty()) {
                break;
            }
            parent = new RegionCode(selected);
        }
        return new Picker(levels);
    }

    private List<RegionView> path(@Nullable String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return List.of();
        }
        try {
            return catalog.regionPath(RegionCode.parse(chosen)).stream()
                    .filter(r -> r.level() != RegionLevel.VILLAGE)
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
    static @Nullable String chosen(
            @Nullable String regionCode,
            @Nullable String province,
            @Nullable String city,
            @Nullable String county,
            @Nullable String township) {
        String deepest = null;
        for (String level : new String[] {province, city, county, township}) {
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
