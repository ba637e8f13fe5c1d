package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.CategoryView;
import org.techan.catalog.PavilionView;
import org.techan.catalog.ProductQuery;
import org.techan.catalog.ProductView;
import org.techan.catalog.RegionView;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotFoundException;
import org.techan.platform.RuleViolationException;
import org.techan.promotions.FestivalView;
import org.techan.promotions.PromotionsApi;
import org.techan.search.FacetCount;
import org.techan.search.SearchApi;
import org.techan.search.SearchQuery;
import org.techan.search.SearchResult;
import org.techan.search.SearchSort;

/** The search page: results, facets to narrow them, and something to look at when nothing matches. */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchPageController {

    static final int RESULTS_PER_PAGE = 20;
    private static final int SUGGESTED = 8;
    /** Results past this are not reachable by page number (the index's result window). */
    private static final int DEEPEST_RESULT = 100_000;

    private final SearchApi search;
    private final CatalogApi catalog;
    private final PromotionsApi promotions;
    private final Clock clock;

    SearchPageController(SearchApi search, CatalogApi catalog, PromotionsApi promotions, Clock clock) {
        this.search = search;
        this.catalog = catalog;
        this.promotions = promotions;
        this.clock = clock;
    }

    @View("search")
    @Get(uri = "/search", produces = MediaType.TEXT_HTML)
    SearchPage search(HttpRequest<?> request) {
        SearchQuery query = SearchParameters.read(request.getParameters(), RESULTS_PER_PAGE);
        FestivalView festival = festival(query);
        SearchResult result = search.search(query);
        long pages = (Math.min(result.total(), DEEPEST_RESULT) + query.size() - 1) / query.size();
        List<ProductView> suggested = result.total() > 0
                ? List.of()
                : catalog.publishedProducts(
                                ProductQuery.inSeason(
                                        MarketCalendar.today(clock).getMonthValue()),
                                0,
                                SUGGESTED)
                        .items();
        List<NamedOption> categories = categories(query, result);
        List<NamedOption> regions = regions(catalog, query, result);
        List<NamedOption> pavilions = pavilions(query, result);
        List<KeyedOption> certificates = keyed(
                "certificate",
                "certificate.kind.",
                result.facets().certificate(),
                query.certificates().stream().map(Enum::name).toList());
        List<KeyedOption> temperatures = keyed(
                "temperature",
                "temperature.",
                result.facets().temperature(),
                query.temperatures().stream().map(Enum::name).toList());
        List<KeyedOption> prices =
                keyed("price", "search.price.", result.facets().price(), priceBand(request));
        List<KeyedOption> flags = flags(query, result);
        boolean filtered =
                Stream.of(categories, regions, pavilions).flatMap(List::stream).anyMatch(NamedOption::selected)
                        || Stream.of(certificates, temperatures, prices, flags)
                                .flatMap(List::stream)
                                .anyMatch(KeyedOption::selected);
        return new SearchPage(
                query,
                query.text() == null ? "" : query.text(),
                result,
                pages,
                pageLinkBase(request),
                categories,
                regions,
                pavilions,
                certificates,
                temperatures,
                prices,
                flags,
                filtered,
                query.region() == null ? List.of() : catalog.regionPath(query.region()),
                List.of(SearchSort.values()),
                suggested,
                festival);
    }

    /** The festival the search is narrowed to: a link naming one that does not exist is a bad parameter. */
    private @Nullable FestivalView festival(SearchQuery query) {
        if (query.festival() == null) {
            return null;
        }
        try {
            return promotions.festival(query.festival());
        } catch (NotFoundException unknown) {
            throw new RuleViolationException("search.parameter.invalid", "festival", query.festival());
        }
    }

    private List<NamedOption> categories(SearchQuery query, SearchResult result) {
        Map<String, FacetCount> counts = byValue(result.facets().category());
        List<NamedOption> options = new ArrayList<>();
        for (CategoryView category : catalog.categories()) {
            FacetCount count = counts.get(category.slug());
            boolean selected = category.slug().equals(query.category());
            if (count != null || selected) {
                options.add(new NamedOption(
                        category.slug(),
                        category.nameZh(),
                        category.nameEn(),
                        count == null ? 0 : count.count(),
                        selected));
            }
        }
        return options;
    }

    /** The chosen region (to keep it) and the regions one level below it that have results. */
    static List<NamedOption> regions(CatalogApi catalog, SearchQuery query, SearchResult result) {
        Map<String, FacetCount> counts = byValue(result.facets().region());
        List<NamedOption> options = new ArrayList<>();
        if (query.region() != null) {
            RegionView chosen = catalog.region(query.region());
            options.add(new NamedOption(chosen.code(), chosen.nameZh(), chosen.nameEn(), result.total(), true));
        }
        for (RegionView child : catalog.childRegions(query.region())) {
            FacetCount count = counts.get(child.code());
            if (count != null) {
                options.add(new NamedOption(child.code(), child.nameZh(), child.nameEn(), count.count(), false));
            }
        }
        return options;
    }

    private List<NamedOption> pavilions(SearchQuery query, SearchResult result) {
        Map<String, FacetCount> counts = byValue(result.facets().pavilion());
        List<NamedOption> options = new ArrayList<>();
        for (PavilionView pavilion : catalog.pavilions()) {
            FacetCount count = counts.get(pavilion.slug());
            boolean selected = pavilion.slug().equals(query.pavilion());
            if (count != null || selected) {
                options.add(new NamedOption(
                        pavilion.slug(),
                        pavilion.nameZh(),
                        pavilion.nameEn(),
                        count == null ? 0 : count.count(),
                        selected));
            }
        }
        return options;
    }

    private static List<KeyedOption> flags(SearchQuery query, SearchResult result) {
        return List.of(
                new KeyedOption(
                        "inStock",
                        "true",
                        "search.flag.inStock",
                        result.facets().inStock(),
                        query.inStockOnly()),
                new KeyedOption(
                        "fresh", "true", "search.flag.fresh", result.facets().fresh(), query.freshOnly()),
                new KeyedOption(
                        "inSeason",
                        "true",
                        "search.flag.inSeason",
                        result.facets().inSeason(),
                        query.inSeasonOnly()),
                new KeyedOption(
                        "povertyRelief",
                        "true",
                        "search.flag.povertyRelief",
                        result.facets().povertyRelief(),
                        query.povertyReliefOnly()));
    }

    static List<KeyedOption> keyed(String parameter, String keyPrefix, List<FacetCount> counts, List<String> selected) {
        List<KeyedOption> options = new ArrayList<>();
        for (FacetCount count : counts) {
            boolean chosen = selected.contains(count.value());
            if (count.count() > 0 || chosen) {
                options.add(
                        new KeyedOption(parameter, count.value(), keyPrefix + count.value(), count.count(), chosen));
            }
        }
        return options;
    }

    private static List<String> priceBand(HttpRequest<?> request) {
        String band = request.getParameters().get("price");
        return band == null ? List.of() : List.of(band);
    }

    static Map<String, FacetCount> byValue(List<FacetCount> counts) {
        return counts.stream().collect(Collectors.toMap(FacetCount::value, Function.identity(), (a, b) -> a));
    }

    /** The current query string without its page, ready for {@code page=} to be appended. */
    static String pageLinkBase(HttpRequest<?> request) {
        StringBuilder base = new StringBuilder();
        for (String name : request.getParameters().names()) {
            if (name.equals("page")) {
                continue;
            }
            for (String value : request.getParameters().getAll(name)) {
                base.append(encode(name)).append('=').append(encode(value)).append('&');
            }
        }
        return base.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A facet value known by name (category, region, pavilion). */
    @Introspected
    record NamedOption(String value, String nameZh, @Nullable String nameEn, long count, boolean selected) {}

    /** A facet value shown through a message key (certificate kinds, temperatures, price bands, yes/no filters). */
    @Introspected
    record KeyedOption(String parameter, String value, String messageKey, long count, boolean selected) {}

    @Introspected
    record SearchPage(
            SearchQuery query,
            String q,
            SearchResult result,
            long pageCount,
            String pageLinkBase,
            List<NamedOption> categories,
            List<NamedOption> regions,
            List<NamedOption> pavilions,
            List<KeyedOption> certificates,
            List<KeyedOption> temperatures,
            List<KeyedOption> prices,
            List<KeyedOption> flags,
            boolean filtered,
            List<RegionView> regionPath,
            List<SearchSort> sorts,
            List<ProductView> suggested,
            @Nullable FestivalView festival) {}
}
