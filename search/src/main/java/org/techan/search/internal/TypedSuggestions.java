package org.techan.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techan.platform.SearchEngineCircuit;
import org.techan.search.Suggestions;

/**
 * Suggestions in one request: the best-matching products, and the shops and regions (at each
 * level) whose names start with what was typed, each with a sample product to read its name from.
 */
@Singleton
class TypedSuggestions {

    private static final List<String> LEVELS = List.of("province", "city", "county", "township");
    private static final String VALUES = "values";
    private static final String SAMPLE = "sample";

    private final ElasticsearchClient client;
    private final ProductIndex index;

    TypedSuggestions(@Named(SearchEngineCircuit.QUERY_CLIENT) ElasticsearchClient client, ProductIndex index) {
        this.client = client;
        this.index = index;
    }

    Suggestions suggest(String typed, int limit) throws IOException {
        String text = typed.strip().toLowerCase();
        String squeezed = PinyinReading.hasChinese(text) ? text : text.replaceAll("\\s+", "");
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        aggregations.put("shops", named(startsWith("shopTyped", squeezed), "shopSlug", limit));
        for (String level : LEVELS) {
            aggregations.put(level, named(startsWith(level + "Typed", squeezed), level, limit));
        }
        SearchResponse<ProductDocument> response = client.search(
                s -> s.index(index.alias())
                        .query(products(text, squeezed))
                        // Many shops sell a 永泰梅饼: fetch extra so distinct titles still fill the list.
                        .size(limit * 3)
                        .source(src -> src.filter(f -> f.includes("id", "titleZh", "titleEn")))
                        .aggregations(aggregations),
                ProductDocument.class);
        List<Suggestions.Product> products = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        for (Hit<ProductDocument> hit : response.hits().hits()) {
            if (products.size() < limit && titles.add(hit.source().titleZh())) {
                products.add(new Suggestions.Product(
                        hit.source().id(), hit.source().titleZh(), hit.source().titleEn()));
            }
        }
        List<Suggestions.Shop> shops = new ArrayList<>();
        for (StringTermsBucket bucket : buckets(response.aggregations().get("shops"))) {
            ProductDocument sample = sample(bucket);
            shops.add(new Suggestions.Shop(bucket.key().stringValue(), sample.shopNameZh(), sample.shopNameEn()));
        }
        List<Suggestions.Region> regions = new ArrayList<>();
        for (int level = 0; level < LEVELS.size() && regions.size() < limit; level++) {
            for (StringTermsBucket bucket : buckets(response.aggregations().get(LEVELS.get(level)))) {
                ProductDocument sample = sample(bucket);
                regions.add(new Suggestions.Region(
                        bucket.key().stringValue(),
                        sample.regionNamesZhList().get(level),
                        sample.regionNamesEnList().get(level)));
            }
        }
        return new Suggestions(products, shops, regions.subList(0, Math.min(limit, regions.size())));
    }

    /** Titles starting with the text (in characters, pinyin or initials), or containing the Chinese typed. */
    private static Query products(String text, String squeezed) {
        List<Query> alternatives = new ArrayList<>();
        alternatives.add(
                Query.of(q -> q.match(m -> m.field("typed").query(squeezed).boost(2f))));
        if (PinyinReading.hasChinese(text)) {
            alternatives.add(Query.of(q -> q.matchPhrase(m -> m.field("titleZh").query(text))));
        } else {
            alternatives.add(
                    Query.of(q -> q.matchPhrasePrefix(m -> m.field("titleEn").query(text))));
        }
        return Query.of(q -> q.bool(b -> b.should(alternatives).minimumShouldMatch("1")));
    }

    private static Query startsWith(String field, String squeezed) {
        return Query.of(q -> q.match(m -> m.field(field).query(squeezed)));
    }

    private static Aggregation named(Query filter, String keyField, int limit) {
        return Aggregation.of(a -> a.filter(filter).aggregations(VALUES, Aggregation.of(t -> t.terms(
                        terms -> terms.field(keyField).size(limit))
                .aggregations(
                        SAMPLE,
                        Aggregation.of(h -> h.topHits(top -> top.size(1)
                                .source(src -> src.filter(f -> f.includes(
                                        "shopNameZh", "shopNameEn", "regionNamesZhList", "regionNamesEnList")))))))));
    }

    private static List<StringTermsBucket> buckets(Aggregate filtered) {
        return filtered.filter().aggregations().get(VALUES).sterms().buckets().array();
    }

    private static ProductDocument sample(StringTermsBucket bucket) {
        return bucket.aggregations()
                .get(SAMPLE)
                .topHits()
                .hits()
                .hits()
                .get(0)
                .source()
                .to(ProductDocument.class);
    }
}
