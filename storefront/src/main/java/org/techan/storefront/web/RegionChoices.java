package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionView;

/**
 * The counties an address can name, grouped by city (省 › 市), for the address form's picker. Read
 * from the catalog's region tree and kept ten minutes: regions change a few times a year.
 */
@Singleton
class RegionChoices {

    private static final Duration KEPT = Duration.ofMinutes(10);

    private final CatalogApi catalog;
    private final Clock clock;
    private volatile @Nullable Cached cached;

    RegionChoices(CatalogApi catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @Introspected
    record County(String code, String nameZh, @Nullable String nameEn) {}

    @Introspected
    record City(String labelZh, String labelEn, List<County> counties) {}

    private record Cached(Instant at, List<City> cities) {}

    List<City> cities() {
        Cached now = cached;
        if (now == null || now.at().plus(KEPT).isBefore(clock.instant())) {
            now = new Cached(clock.instant(), load());
            cached = now;
        }
        return now.cities();
    }

    private List<City> load() {
        List<City> cities = new ArrayList<>();
        for (RegionView province : catalog.childRegions(null)) {
            for (RegionView city : catalog.childRegions(new RegionCode(province.code()))) {
                List<County> counties = catalog.childRegions(new RegionCode(city.code())).stream()
                        .map(c -> new County(c.code(), c.nameZh(), c.nameEn()))
                        .toList();
                if (!counties.isEmpty()) {
                    cities.add(new City(
                            province.nameZh() + " " + city.nameZh(),
                            english(province) + " › " + english(city),
                            counties));
                }
            }
        }
        return cities;
    }

    private static String english(RegionView region) {
        return region.nameEn() == null ? region.nameZh() : region.nameEn();
    }
}
