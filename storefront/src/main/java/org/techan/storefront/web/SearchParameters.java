package org.techan.storefront.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.techan.catalog.CertificateKind;
import org.techan.catalog.RegionCode;
import org.techan.catalog.TemperatureClass;
import org.techan.platform.RuleViolationException;
import org.techan.search.SearchQuery;
import org.techan.search.SearchSort;
import org.techan.search.WholesaleFilter;
import org.techan.wholesale.Grade;
import org.techan.wholesale.PackKind;

/**
 * Reads a search from query parameters, the same for the page and the API. A value that cannot be
 * read is a 422 naming the parameter, never a silently ignored filter.
 */
public final class SearchParameters {

    /** The page's price bands, as {@code price=50-100}; the API also takes priceMin and priceMax. */
    public static final List<String> PRICE_BANDS = List.of("0-50", "50-100", "100-200", "200-");

    private SearchParameters() {}

    public static SearchQuery read(HttpParameters parameters, int defaultSize) {
        BigDecimal priceMin = price(parameters, "priceMin");
        BigDecimal priceMax = price(parameters, "priceMax");
        String band = text(parameters, "price");
        if (band != null) {
            if (!PRICE_BANDS.contains(band)) {
                throw new RuleViolationException("search.parameter.invalid", "price", band);
            }
            String[] ends = band.split("-", -1);
            priceMin = new BigDecimal(ends[0]);
            priceMax = ends[1].isEmpty() ? null : new BigDecimal(ends[1]);
        }
        String region = text(parameters, "region");
        return new SearchQuery(
                text(parameters, "q"),
                text(parameters, "category"),
                region == null ? null : RegionCode.parse(region),
                values(parameters, "certificate", CertificateKind.class),
                values(parameters, "temperature", TemperatureClass.class),
                text(parameters, "pavilion"),
                priceMin,
                priceMax,
                flag(parameters, "inStock"),
                flag(parameters, "fresh"),
                flag(parameters, "inSeason"),
                flag(parameters, "povertyRelief"),
                text(parameters, "festival"),
                sort(parameters),
                number(parameters, "page", 0),
                number(parameters, "size", defaultSize),
                null);
    }

    private static @Nullable String text(HttpParameters parameters, String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean flag(HttpParameters parameters, String name) {
        String value = text(parameters, name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true") || value.equals("on")) {
            return true;
        }
        throw new RuleViolationException("search.parameter.invalid", name, value);
    }

    private static int number(HttpParameters parameters, String name, int fallback) {
        String value = text(parameters, name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new RuleViolationException("search.parameter.invalid", name, value);
        }
    }

    private static @Nullable BigDecimal price(HttpParameters parameters, String name) {
        String value = text(parameters, name);
        try {
            BigDecimal price = value == null ? null : new BigDecimal(value);
            if (price != null && price.signum() < 0) {
                throw new NumberFormatException("negative");
            }
            return price;
        } catch (NumberFormatException e) {
            throw new RuleViolationException("search.parameter.invalid", name, value);
        }
    }

    private static SearchSort sort(HttpParameters parameters) {
        String value = text(parameters, "sort");
        return value == null ? SearchSort.RELEVANCE : one(SearchSort.class, "sort", value);
    }

    private static <E extends Enum<E>> Set<E> values(HttpParameters parameters, String name, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String listed : parameters.getAll(name)) {
            for (String value : listed.split(",")) {
                if (!value.isBlank()) {
                    values.add(one(type, name, value.strip()));
                }
            }
        }
        return values;
    }

    private static <E extends Enum<E>> E one(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("search.parameter.invalid", name, value);
        }
    }

    /**
     * The wholesale catalogue's search: the shopper's filters and its own, {@code grade} and {@code
     * pack} (ticked, several allowed), {@code moq} (the most packs a first order may need) and {@code
     * base} (a shop's producing base, by the shop's slug).
     */
    public static SearchQuery wholesale(HttpParameters parameters, int defaultSize) {
        Integer moq =
                parameters.get("moq") == null || parameters.get("moq").isBlank() ? null : number(parameters, "moq", 0);
        if (moq != null && moq < 1) {
            throw new RuleViolationException("search.parameter.invalid", "moq", String.valueOf(moq));
        }
        return read(parameters, defaultSize)
                .wholesale(new WholesaleFilter(
                        names(values(parameters, "grade", Grade.class)),
                        names(values(parameters, "pack", PackKind.class)),
                        moq,
                        text(parameters, "base")));
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
    }
}
