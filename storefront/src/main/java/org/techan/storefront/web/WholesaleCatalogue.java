package org.techan.storefront.web;

import io.micronaut.http.HttpParameters;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.techan.platform.Actor;
import org.techan.search.FacetCount;
import org.techan.search.SearchApi;
import org.techan.search.SearchHit;
import org.techan.search.SearchQuery;
import org.techan.search.SearchResult;
import org.techan.wholesale.BuyerOffer;
import org.techan.wholesale.CatalogueOffers;
import org.techan.wholesale.ProducingBaseView;
import org.techan.wholesale.WholesaleApi;

/**
 * The wholesale catalogue, the same for the page and the API: a search of the products offered
 * wholesale with the catalogue's own filters, each result's offers as the buyer's organisation pays
 * for them, and the producing bases of its shops and of the base filter's values. Wholesale answers
 * for who may see the offers: a consumer's search ends there with a 403.
 */
@Singleton
public class WholesaleCatalogue {

    static final int RESULTS_PER_PAGE = 20;

    private final SearchApi search;
    private final WholesaleApi wholesale;

    WholesaleCatalogue(SearchApi search, WholesaleApi wholesale) {
        this.search = search;
        this.wholesale = wholesale;
    }

    /** The catalogue's search as the parameters ask for it. */
    public static SearchQuery query(HttpParameters parameters) {
        return SearchParameters.wholesale(parameters, RESULTS_PER_PAGE);
    }

    /** {@code query} is one of {@link #query}'s. */
    public Result search(Actor buyer, SearchQuery query) {
        SearchResult found = search.search(query);
        Set<String> shops = new LinkedHashSet<>();
        found.facets().producingBase().stream().map(FacetCount::value).forEach(shops::add);
        found.items().stream().map(SearchHit::shopSlug).forEach(shops::add);
        if (query.wholesale().producingBase() != null) {
            shops.add(query.wholesale().producingBase());
        }
        CatalogueOffers offered = wholesale.catalogueOffers(
                buyer, found.items().stream().map(SearchHit::id).toList(), shops);
        return new Result(found, offered.offers(), offered.bases());
    }

    /**
     * A page of the catalogue: the products found with the facet counts (grade, pack and producing
     * base among them), their offers, and the bases named.
     */
    @Serdeable
    public record Result(SearchResult result, List<BuyerOffer> offers, List<ProducingBaseView> bases) {}
}
