package org.techan.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techan.catalog.CertificateKind;
import org.techan.catalog.RegionLevel;
import org.techan.platform.SearchEngineCircuit;
import org.techan.search.CampaignBadge;
import org.techan.search.FacetCount;
import org.techan.search.Facets;
import org.techan.search.SearchHit;
import org.techan.search.SearchQuery;
import org.techan.search.SearchResult;
import org.techan.search.WholesaleFilter;

/**
 * Runs a search against the index. Filters go in a post filter and each facet is counted under
 * every filter but its own, so ticking one value still shows how many the others would add.
 */
@Singleton
class ProductSearch {

    /** Results reachable by page number; set as the index's max_result_window. */
    static final int DEEPEST_RESULT = 100_000;

    private static final String VALUES = "values";
    private static final String SHARED = "shared";
    private static final Map<String, double[]> PRICE_BANDS = new LinkedHashMap<>();

    static {
        PRICE_BANDS.put("0-50", new double[] {0, 50});
        PRICE_BANDS.put("50-100", new double[] {50, 100});
        PRICE_BANDS.put("100-200", new double[] {100, 200});
        PRICE_BANDS.put("200-", new double[] {200, Double.NaN});
    }

    private enum Facet {
        CATEGORY,
        REGION,
        CERTIFICATE,
        TEMPERATURE,
        PAVILION,
        PRICE,
        IN_STOCK,
        FRESH,
        IN_SEASON,
        POVERTY_RELIEF,
        GRADE,
        PACK,
        PRODUCING_BASE;

        /** Whether only the wholesale catalogue counts it. */
        boolean wholesale() {
            return this == GRADE || this == PACK || this == PRODUCING_BASE;
        }
    }

    private final ElasticsearchClient client;
    private final ProductIndex index;
    private final Synonyms synonyms;

    ProductSearch(
            @Named(SearchEngineCircuit.QUERY_CLIENT) ElasticsearchClient client,
            ProductIndex index,
            Synonyms synonyms) {
        this.client = client;
        this.index = index;
        this.synonyms = synonyms;
    }

    SearchResult search(SearchQuery query, LocalDate today) throws IOException {
        SearchResult strict = run(query, today, false);
        // Only a first page offers a looser reading: a shopper paging on has results already.
        if (strict.total() > 0 || query.text() == null || query.text().isBlank() || query.page() > 0) {
            return strict;
        }
        SearchResult loose = run(query, today, true);
        if (loose.items().isEmpty()) {
            return strict;
        }
        return new SearchResult(
                loose.items(),
                loose.total(),
                loose.facets(),
                loose.page(),
                loose.size(),
                false,
                loose.items().get(0).titleZh());
    }

    private SearchResult run(SearchQuery query, LocalDate today, boolean loose) throws IOException {
        Map<Facet, Query> filters = filters(query, today);
        Query matching = query.text() == null || query.text().isBlank()
                ? Query.of(q -> q.matchAll(m -> m))
                : TextQueries.anyOf(synonyms.variants(query.text().strip()), loose);
        // A festival is where the shopper is, not a facet: its products are all the facets count.
        Query text = where(query, matching);
        // A facet without a choice of its own is counted under all the filters: those share one filter.
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        Map<String, Aggregation> shared = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            if (facet.wholesale() && query.wholesale() == null) {
                continue;
            }
            if (filters.containsKey(facet)) {
                aggregations.put(facet.name(), Aggregation.of(a -> a.filter(allBut(filters, facet))
                        .aggregations(VALUES, values(facet, query, today))));
            } else {
                shared.put(facet.name(), values(facet, query, today));
            }
        }
        if (!shared.isEmpty()) {
            aggregations.put(
                    SHARED, Aggregation.of(a -> a.filter(allBut(filters, null)).aggregations(shared)));
        }
        SearchResponse<HitFields> response = client.search(
                s -> s.index(index.alias())
                        .query(text)
                        .postFilter(allBut(filters, null))
                        .aggregations(aggregations)
                        .sort(sort(query))
                        .from(query.page() * query.size())
                        .size(query.size())
                        .trackTotalHits(t -> t.enabled(true))
                        .source(source -> source.filter(only -> only.includes(HitFields.NAMES))),
                HitFields.class);
        List<SearchHit> items = new ArrayList<>();
        for (Hit<HitFields> hit : response.hits().hits()) {
            items.add(hit(hit.source(), today));
        }
        long total = response.hits().total() == null
                ? items.size()
                : response.hits().total().value();
        return new SearchResult(
                items, total, facets(response.aggregations(), query), query.page(), query.size(), false, null);
    }

    /**
     * A festival, and the wholesale catalogue, are where the shopper is, not facets: their products
     * are all the facets count.
     */
    private static Query where(SearchQuery query, Query matching) {
        List<Query> within = new ArrayList<>();
        if (query.festival() != null) {
            within.add(term("festivals", query.festival()));
        }
        WholesaleFilter wholesale = query.wholesale();
        if (wholesale != null) {
            within.add(Query.of(q -> q.exists(e -> e.field("offered.fewestPacks"))));
            if (wholesale.fewestPacksAtMost() != null) {
                within.add(Query.of(q -> q.range(r -> r.number(n -> n.field("offered.fewestPacks")
                        .lte(wholesale.fewestPacksAtMost().doubleValue())))));
            }
        }
        return within.isEmpty()
                ? matching
                : Query.of(q -> q.bool(b -> b.must(matching).filter(within)));
    }

    private static Map<Facet, Query> filters(SearchQuery query, LocalDate today) {
        Map<Facet, Query> filters = new EnumMap<>(Facet.class);
        if (query.category() != null) {
            filters.put(Facet.CATEGORY, term("categoryPath", query.category()));
        }
        if (query.region() != null) {
            filters.put(Facet.REGION, term("regionPath", query.region().value()));
        }
        if (!query.certificates().isEmpty()) {
            List<Query> any = query.certificates().stream()
                    .map(kind -> badge(kind, today))
                    .toList();
            filters.put(
                    Facet.CERTIFICATE, Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1"))));
        }
        if (!query.temperatures().isEmpty()) {
            filters.put(
                    Facet.TEMPERATURE,
                    anyOf(
                            "temperature",
                            query.temperatures().stream().map(Enum::name).toList()));
        }
        if (query.pavilion() != null) {
            filters.put(Facet.PAVILION, term("pavilions", query.pavilion()));
        }
        if (query.priceMin() != null || query.priceMax() != null) {
            filters.put(
                    Facet.PRICE,
                    Query.of(q -> q.range(r -> r.number(n -> {
                        n.field("priceFrom");
                        if (query.priceMin() != null) {
                            n.gte(query.priceMin().doubleValue());
                        }
                        if (query.priceMax() != null) {
                            n.lte(query.priceMax().doubleValue());
                        }
                        return n;
                    }))));
        }
        if (query.inStockOnly()) {
            filters.put(Facet.IN_STOCK, flag("inStock"));
        }
        if (query.freshOnly()) {
            filters.put(Facet.FRESH, flag("fresh"));
        }
        if (query.inSeasonOnly()) {
            filters.put(Facet.IN_SEASON, inSeason(today));
        }
        if (query.povertyReliefOnly()) {
            filters.put(Facet.POVERTY_RELIEF, flag("povertyRelief"));
        }
        WholesaleFilter wholesale = query.wholesale();
        if (wholesale != null) {
            if (!wholesale.grades().isEmpty()) {
                filters.put(Facet.GRADE, anyOf("offered.gradeNames", wholesale.grades()));
            }
            if (!wholesale.packs().isEmpty()) {
                filters.put(Facet.PACK, anyOf("offered.packKinds", wholesale.packs()));
            }
            if (wholesale.producingBase() != null) {
                filters.put(Facet.PRODUCING_BASE, term("offered.producingBase", wholesale.producingBase()));
            }
        }
        return filters;
    }

    private static Query anyOf(String field, java.util.Collection<String> values) {
        List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms))));
    }

    private static Query allBut(Map<Facet, Query> filters, Facet left) {
        List<Query> applied = new ArrayList<>();
        filters.forEach((facet, filter) -> {
            if (facet != left) {
                applied.add(filter);
            }
        });
        return Query.of(q -> q.bool(b -> b.filter(applied)));
    }

    private static Aggregation values(Facet facet, SearchQuery query, LocalDate today) {
        return switch (facet) {
            case CATEGORY -> terms("categoryPath");
            case REGION -> terms(regionField(query));
            case CERTIFICATE -> {
                Map<String, Query> badges = new LinkedHashMap<>();
                for (CertificateKind kind : CertificateKind.values()) {
                    badges.put(kind.name(), badge(kind, today));
                }
                yield Aggregation.of(a -> a.filters(f -> f.filters(b -> b.keyed(badges))));
            }
            case TEMPERATURE -> terms("temperature");
            case PAVILION -> terms("pavilions");
            case PRICE -> {
                List<AggregationRange> ranges = new ArrayList<>();
                PRICE_BANDS.forEach((key, band) -> ranges.add(AggregationRange.of(r -> {
                    r.key(key).from(band[0]);
                    return Double.isNaN(band[1]) ? r : r.to(band[1]);
                })));
                yield Aggregation.of(a -> a.range(r -> r.field("priceFrom").ranges(ranges)));
            }
            case IN_STOCK -> Aggregation.of(a -> a.filter(flag("inStock")));
            case FRESH -> Aggregation.of(a -> a.filter(flag("fresh")));
            case IN_SEASON -> Aggregation.of(a -> a.filter(inSeason(today)));
            case POVERTY_RELIEF -> Aggregation.of(a -> a.filter(flag("povertyRelief")));
            case GRADE -> terms("offered.gradeNames");
            case PACK -> terms("offered.packKinds");
            case PRODUCING_BASE -> terms("offered.producingBase");
        };
    }

    /** The region facet counts one level below the chosen region. */
    private static String regionField(SearchQuery query) {
        if (query.region() == null) {
            return "province";
        }
        RegionLevel level = query.region().level();
        return switch (level) {
            case PROVINCE -> "city";
            case CITY -> "county";
            case COUNTY -> "township";
            case TOWNSHIP, VILLAGE -> "originCode";
        };
    }

    private static Facets facets(Map<String, Aggregate> aggregations, SearchQuery query) {
        boolean wholesale = query.wholesale() != null;
        return new Facets(
                buckets(valuesOf(aggregations, Facet.CATEGORY)),
                buckets(valuesOf(aggregations, Facet.REGION)),
                keyedBuckets(valuesOf(aggregations, Facet.CERTIFICATE)),
                buckets(valuesOf(aggregations, Facet.TEMPERATURE)),
                buckets(valuesOf(aggregations, Facet.PAVILION)),
                priceBuckets(valuesOf(aggregations, Facet.PRICE)),
                valuesOf(aggregations, Facet.IN_STOCK).filter().docCount(),
                valuesOf(aggregations, Facet.FRESH).filter().docCount(),
                valuesOf(aggregations, Facet.IN_SEASON).filter().docCount(),
                valuesOf(aggregations, Facet.POVERTY_RELIEF).filter().docCount(),
                wholesale ? buckets(valuesOf(aggregations, Facet.GRADE)) : List.of(),
                wholesale ? buckets(valuesOf(aggregations, Facet.PACK)) : List.of(),
                wholesale ? buckets(valuesOf(aggregations, Facet.PRODUCING_BASE)) : List.of());
    }

    private static Aggregate valuesOf(Map<String, Aggregate> aggregations, Facet facet) {
        Aggregate own = aggregations.get(facet.name());
        return own != null
                ? own.filter().aggregations().get(VALUES)
                : aggregations.get(SHARED).filter().aggregations().get(facet.name());
    }

    private static List<FacetCount> buckets(Aggregate values) {
        return values.sterms().buckets().array().stream()
                .map(b -> new FacetCount(b.key().stringValue(), b.docCount()))
                .toList();
    }

    private static List<FacetCount> keyedBuckets(Aggregate values) {
        List<FacetCount> counts = new ArrayList<>();
        values.filters().buckets().keyed().forEach((key, bucket) -> {
            if (bucket.docCount() > 0) {
                counts.add(new FacetCount(key, bucket.docCount()));
            }
        });
        return counts;
    }

    private static List<FacetCount> priceBuckets(Aggregate values) {
        return values.range().buckets().array().stream()
                .map(b -> new FacetCount(b.key(), b.docCount()))
                .toList();
    }

    private static List<SortOptions> sort(SearchQuery query) {
        List<SortOptions> sort = new ArrayList<>();
        switch (query.sort()) {
            case RELEVANCE -> sort.add(SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc))));
            case PRICE_ASCENDING -> sort.add(field("priceFrom", SortOrder.Asc));
            case PRICE_DESCENDING -> sort.add(field("priceFrom", SortOrder.Desc));
            case NEWEST -> {
                // Ids grow as products are listed: newest first is highest id first.
            }
            case BEST_SELLING -> {
                sort.add(field("sold", SortOrder.Desc));
                sort.add(SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc))));
            }
        }
        sort.add(field("id", SortOrder.Desc));
        return sort;
    }

    private static SortOptions field(String name, SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field(name).order(order)));
    }

    private static Aggregation terms(String field) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(50)));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query flag(String field) {
        return Query.of(q -> q.term(t -> t.field(field).value(true)));
    }

    private static Query inSeason(LocalDate today) {
        return Query.of(q -> q.term(t -> t.field("harvestMonths").value(today.getMonthValue())));
    }

    /** A badge counts only until its certificate expires: compared with today, not with indexing day. */
    private static Query badge(CertificateKind kind, LocalDate today) {
        return Query.of(q -> q.range(r -> r.date(d ->
                d.field("badgeValidTo." + kind.name()).gte(today.toString()).format("yyyy-MM-dd"))));
    }

    private static SearchHit hit(HitFields d, LocalDate today) {
        List<String> badges = d.badges().entrySet().stream()
                .filter(e -> !LocalDate.parse(e.getValue()).isBefore(today))
                .map(Map.Entry::getKey)
                .toList();
        return new SearchHit(
                d.id(),
                d.titleZh(),
                d.titleEn(),
                d.shopSlug(),
                d.shopNameZh(),
                d.shopNameEn(),
                d.categorySlug(),
                d.originCode(),
                d.priceFrom(),
                d.inStock(),
                d.temperature(),
                d.povertyRelief(),
                badges,
                d.brandNameZh(),
                d.cover(),
                badge(d.campaign(), today));
    }

    /** A campaign's badge until its last day, even while the product waits to be indexed again. */
    private static CampaignBadge badge(ProductDocument.IndexedBadge campaign, LocalDate today) {
        if (campaign == null || LocalDate.parse(campaign.until()).isBefore(today)) {
            return null;
        }
        return new CampaignBadge(
                campaign.campaignId(),
                campaign.campaignNameZh(),
                campaign.campaignNameEn(),
                campaign.kind(),
                campaign.price(),
                LocalDate.parse(campaign.until()));
    }
}
