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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.techan.catalog.CatalogApi;
import org.techan.platform.Actor;
import org.techan.search.FacetCount;
import org.techan.search.SearchHit;
import org.techan.search.SearchQuery;
import org.techan.search.SearchResult;
import org.techan.search.SearchSort;
import org.techan.storefront.web.SearchPageController.KeyedOption;
import org.techan.storefront.web.SearchPageController.NamedOption;
import org.techan.wholesale.BuyerOffer;
import org.techan.wholesale.PriceTier;
import org.techan.wholesale.ProducingBaseView;

/**
 * 批发商品: the wholesale catalogue for verified organisations' members, searched with the same
 * engine as the shop, narrowed by region, grade, pack, minimum order, stock and producing base;
 * each product with its offers (pack, minimum, tiers, the organisation's list price) and its base.
 */
@Hidden
@Controller("/wholesale/catalogue")
@ExecuteOn(TaskExecutors.BLOCKING)
class WholesaleCataloguePageController {

    /** The minimum-order choices: first orders of at most this many packs. */
    static final List<Integer> MINIMUM_CHOICES = List.of(5, 20, 100);

    private final WholesaleCatalogue catalogue;
    private final CatalogApi catalog;

    WholesaleCataloguePageController(WholesaleCatalogue catalogue, CatalogApi catalog) {
        this.catalogue = catalogue;
        this.catalog = catalog;
    }

    @View("wholesale/catalogue")
    @Get(produces = MediaType.TEXT_HTML)
    CataloguePage catalogue(HttpRequest<?> request, Actor buyer) {
        SearchQuery query = WholesaleCatalogue.query(request.getParameters());
        WholesaleCatalogue.Result found = catalogue.search(buyer, query);
        SearchResult result = found.result();
        Map<String, ProducingBaseView> bases =
                found.bases().stream().collect(Collectors.toMap(ProducingBaseView::shopSlug, Function.identity()));
        Map<Long, List<BuyerOffer>> offers = found.offers().stream()
                .collect(Collectors.groupingBy(o -> o.offer().productId()));
        List<Card> cards = result.items().stream()
                .map(hit -> card(hit, offers.getOrDefault(hit.id(), List.of()), bases.get(hit.shopSlug())))
                .toList();
        List<KeyedOption> grades = SearchPageController.keyed(
                "grade",
                "wholesale.grade.",
                result.facets().grade(),
                List.copyOf(query.wholesale().grades()));
        List<KeyedOption> packs = SearchPageController.keyed(
                "pack",
                "wholesale.pack.",
                result.facets().pack(),
                List.copyOf(query.wholesale().packs()));
        List<NamedOption> baseOptions = baseOptions(query, result, bases);
        List<NamedOption> regions = SearchPageController.regions(catalog, query, result);
        boolean filtered = query.inStockOnly()
                || query.wholesale().fewestPacksAtMost() != null
                || Stream.of(grades, packs).flatMap(List::stream).anyMatch(KeyedOption::selected)
                || Stream.of(baseOptions, regions).flatMap(List::stream).anyMatch(NamedOption::selected);
        long pages = (Math.min(result.total(), 100_000) + query.size() - 1) / query.size();
        return new CataloguePage(
                query,
                query.text() == null ? "" : query.text(),
                result,
                cards,
                regions,
                grades,
                packs,
                baseOptions,
                MINIMUM_CHOICES,
                filtered,
                pages,
                SearchPageController.pageLinkBase(request),
                List.of(SearchSort.values()));
    }

    private static List<NamedOption> baseOptions(
            SearchQuery query, SearchResult result, Map<String, ProducingBaseView> bases) {
        String chosen = query.wholesale().producingBase();
        Map<String, FacetCount> counts =
                SearchPageController.byValue(result.facets().producingBase());
        List<NamedOption> options = new ArrayList<>();
        bases.values().stream()
                .filter(base ->
                        counts.containsKey(base.shopSlug()) || base.shopSlug().equals(chosen))
                .sorted(Comparator.comparing(ProducingBaseView::name))
                .forEach(base -> {
                    FacetCount count = counts.get(base.shopSlug());
                    options.add(new NamedOption(
                            base.shopSlug(),
                            base.name(),
                            null,
                            count == null ? 0 : count.count(),
                            base.shopSlug().equals(chosen)));
                });
        return options;
    }

    private static Card card(SearchHit hit, List<BuyerOffer> offers, @Nullable ProducingBaseView base) {
        List<OfferLine> lines = offers.stream()
                .sorted(Comparator.comparing(o -> o.offer().skuId()))
                .map(OfferLine::of)
                .toList();
        return new Card(hit, lines, base);
    }

    /**
     * An offer as a card lists it, with the lowest price per pack the buyer can reach: the
     * organisation's list price when one applies, else the last tier's.
     */
    @Introspected
    record OfferLine(BuyerOffer buyerOffer, BigDecimal lowestPrice, BigDecimal packKg) {

        static OfferLine of(BuyerOffer offer) {
            BigDecimal lowest = offer.listPrice() != null
                    ? offer.listPrice()
                    : offer.offer().tiers().stream()
                            .map(PriceTier::unitPrice)
                            .filter(Objects::nonNull)
                            .min(Comparator.naturalOrder())
                            .orElse(BigDecimal.ZERO);
            BigDecimal kg = BigDecimal.valueOf(offer.offer().packNetGrams(), 3).stripTrailingZeros();
            return new OfferLine(offer, lowest, kg.scale() < 0 ? kg.setScale(0) : kg);
        }
    }

    @Introspected
    record Card(SearchHit hit, List<OfferLine> offers, @Nullable ProducingBaseView base) {}

    @Introspected
    record CataloguePage(
            SearchQuery query,
            String q,
            SearchResult result,
            List<Card> cards,
            List<NamedOption> regions,
            List<KeyedOption> grades,
            List<KeyedOption> packs,
            List<NamedOption> bases,
            List<Integer> minimumChoices,
            boolean filtered,
            long pageCount,
            String pageLinkBase,
            List<SearchSort> sorts) {}
}
