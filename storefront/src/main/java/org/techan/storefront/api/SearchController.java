package org.techan.storefront.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.techan.search.SearchApi;
import org.techan.search.SearchResult;
import org.techan.search.Suggestions;
import org.techan.storefront.web.SearchParameters;

/** Full-text product search with filters and facet counts. */
@Controller("/api/v1/search")
@Tag(name = "search")
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchController {

    private final SearchApi search;

    SearchController(SearchApi search) {
        this.search = search;
    }

    @Get
    @Operation(
            summary = "Search products on sale",
            description = "q: Chinese (with or without spaces), English or pinyin (full, e.g. `yongtai ligan`, or"
                    + " initials, e.g. `ytlg`). Filters: category (slug, sub-categories included), region (2- to"
                    + " 12-digit division code, everything below included), certificate (POLLUTION_FREE,"
                    + " GREEN_FOOD, ORGANIC, GEOGRAPHICAL_INDICATION; repeat or comma-separate for any of"
                    + " them), temperature (AMBIENT, CHILLED, FROZEN), pavilion (slug), priceMin, priceMax or"
                    + " price band (0-50, 50-100, 100-200, 200-), inStock, fresh (pickup-eligible fresh"
                    + " produce), inSeason, povertyRelief (true/false), festival (slug: the products its"
                    + " campaigns sell, warming up or live). sort: RELEVANCE, PRICE_ASCENDING,"
                    + " PRICE_DESCENDING, NEWEST, BEST_SELLING. page from 0, size up to 100. `facets` counts"
                    + " each filter's values under all the other filters. `fallback` is true when the engine"
                    + " was unreachable and the catalog answered a simple title, category and region match"
                    + " without facets; `didYouMean` is set when nothing matched as typed and the items are"
                    + " what a looser reading found. An item's `campaign` is the live campaign it is sold in:"
                    + " its name, rule kind and, for a price cut or percentage, the lowest campaign price.",
            parameters = {
                @Parameter(name = "q", in = ParameterIn.QUERY),
                @Parameter(name = "category", in = ParameterIn.QUERY),
                @Parameter(name = "region", in = ParameterIn.QUERY),
                @Parameter(name = "certificate", in = ParameterIn.QUERY),
                @Parameter(name = "temperature", in = ParameterIn.QUERY),
                @Parameter(name = "pavilion", in = ParameterIn.QUERY),
                @Parameter(name = "priceMin", in = ParameterIn.QUERY),
                @Parameter(name = "priceMax", in = ParameterIn.QUERY),
                @Parameter(name = "price", in = ParameterIn.QUERY),
                @Parameter(name = "inStock", in = ParameterIn.QUERY),
                @Parameter(name = "fresh", in = ParameterIn.QUERY),
                @Parameter(name = "inSeason", in = ParameterIn.QUERY),
                @Parameter(name = "povertyRelief", in = ParameterIn.QUERY),
                @Parameter(name = "festival", in = ParameterIn.QUERY),
                @Parameter(name = "sort", in = ParameterIn.QUERY),
                @Parameter(name = "page", in = ParameterIn.QUERY),
                @Parameter(name = "size", in = ParameterIn.QUERY)
            })
    SearchResult search(HttpRequest<?> request) {
        return search.search(SearchParameters.read(request.getParameters(), 20));
    }

    @Get("/suggestions")
    @Operation(
            summary = "Suggestions while typing",
            description = "Products whose title starts with (or, for Chinese, contains) q, and shops and regions whose"
                    + " names start with it; q may be Chinese, pinyin (`yongt`), initials (`ytl`) or English."
                    + " At most `limit` (1–10, default 5) of each; empty lists while the engine is unreachable.")
    Suggestions suggestions(@QueryValue @Nullable String q, @QueryValue(defaultValue = "5") int limit) {
        return search.suggest(q == null ? "" : q, limit);
    }
}
