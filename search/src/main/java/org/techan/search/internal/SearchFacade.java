package org.techan.search.internal;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.LongConsumer;
import org.techan.catalog.CatalogReads;
import org.techan.catalog.PageOf;
import org.techan.catalog.ProductQuery;
import org.techan.catalog.ProductView;
import org.techan.platform.Actor;
import org.techan.platform.MarketCalendar;
import org.techan.platform.NotAllowedException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.platform.SearchEngineCircuit;
import org.techan.search.Facets;
import org.techan.search.IndexingLag;
import org.techan.search.RebuildProgress;
import org.techan.search.SearchApi;
import org.techan.search.SearchHit;
import org.techan.search.SearchQuery;
import org.techan.search.SearchResult;
import org.techan.search.Suggestions;
import org.techan.search.SynonymsInUse;

@Singleton
class SearchFacade implements SearchApi {

    static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_SUGGESTIONS = 10;
    private static final int MAX_TYPED = 50;

    private final ProductSearch search;
    private final TypedSuggestions suggestions;
    private final Synonyms synonyms;
    private final CatalogReads catalog;
    private final FullRebuild rebuild;
    private final Rebuilds rebuilds;
    private final IndexQueue queue;
    private final ExecutorService background;
    private final Clock clock;
    private final SearchEngineCircuit circuit;
    private final RecentSales recentSales;

    private final RecentResults results;

    SearchFacade(
            ProductSearch search,
            TypedSuggestions suggestions,
            Synonyms synonyms,
            CatalogReads catalog,
            FullRebuild rebuild,
            Rebuilds rebuilds,
            IndexQueue queue,
            @Named(TaskExecutors.BLOCKING) ExecutorService background,
            Clock clock,
            SearchEngineCircuit circuit,
            RecentSales recentSales,
            RecentResults results) {
        this.recentSales = recentSales;
        this.results = results;
        this.circuit = circuit;
        this.search = search;
        this.suggestions = suggestions;
        this.synonyms = synonyms;
        this.catalog = catalog;
        this.rebuild = rebuild;
        this.rebuilds = rebuilds;
        this.queue = queue;
        this.background = background;
        this.clock = clock;
    }

    @Override
    public SearchResult search(SearchQuery query) {
        if (query.page() < 0 || query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            throw new RuleViolationException("page.invalid", MAX_PAGE_SIZE);
        }
        if ((long) (query.page() + 1) * query.size() > ProductSearch.DEEPEST_RESULT) {
            throw new RuleViolationException("search.page.too-deep", ProductSearch.DEEPEST_RESULT);
        }
        if (query.priceMin() != null
                && query.priceMax() != null
                && query.priceMin().compareTo(query.priceMax()) > 0) {
            throw new RuleViolationException("search.price.range-invalid");
        }
        LocalDate today = MarketCalendar.today(clock);
        return circuit.call(() -> results.answer(query, today, () -> search.search(query, today)))
                .orElseGet(() -> fromCatalog(query, today));
    }

    /** Category, region and simple title match straight from MySQL; other filters and facets need the engine. */
    private SearchResult fromCatalog(SearchQuery query, LocalDate today) {
        if (query.festival() != null) {
            // Only the index knows which products a festival sells: none beats all of them.
            return new SearchResult(List.of(), 0, Facets.none(), query.page(), query.size(), true, null);
        }
        PageOf<ProductView> page = catalog.publishedProducts(
                new ProductQuery(
                        query.category(),
                        query.region(),
                        null,
                        query.inSeasonOnly() ? today.getMonthValue() : null,
                        query.text()),
                query.page(),
                query.size());
        List<SearchHit> items = page.items().stream().map(SearchFacade::hit).toList();
        return new SearchResult(items, page.total(), Facets.none(), query.page(), query.size(), true, null);
    }

    private static SearchHit hit(ProductView p) {
        return new SearchHit(
                p.id(),
                p.titleZh(),
                p.titleEn(),
                p.shopSlug(),
                p.shopNameZh(),
                p.shopNameEn(),
                p.categorySlug(),
                p.originCode(),
                p.priceFrom(),
                p.inStock(),
                p.temperature().name(),
                p.povertyRelief(),
                p.badges().stream().map(c -> c.kind().name()).distinct().toList(),
                p.brand() == null ? null : p.brand().nameZh(),
                p.images().isEmpty() ? null : p.images().get(0).thumbnailKey(),
                null);
    }

    @Override
    public void queueForIndexing(java.util.Collection<Long> productIds) {
        if (!productIds.isEmpty()) {
            queue.add(productIds);
        }
    }

    @Override
    public Suggestions suggest(String typed, int limit) {
        if (typed == null || typed.isBlank() || typed.length() > MAX_TYPED) {
            return Suggestions.none();
        }
        return circuit.call(() -> suggestions.suggest(typed, Math.max(1, Math.min(limit, MAX_SUGGESTIONS))))
                .orElseGet(Suggestions::none);
    }

    @Override
    public RebuildProgress startRebuild(Actor operator) {
        if (operator.role() != Role.OPERATOR) {
            throw new NotAllowedException("search.rebuild.operators-only");
        }
        rebuild.claim();
        background.execute(() -> rebuild.run(done -> {}));
        return rebuilds.progress();
    }

    @Override
    public RebuildProgress rebuild(LongConsumer progress) {
        rebuild.claim();
        return rebuild.run(progress);
    }

    @Override
    public SynonymsInUse reloadSynonyms(Actor operator) {
        if (operator.role() != Role.OPERATOR) {
            throw new NotAllowedException("search.synonyms.operators-only");
        }
        synonyms.reload();
        return synonyms();
    }

    @Override
    public SynonymsInUse synonyms() {
        return new SynonymsInUse(synonyms.file().toAbsolutePath().toString(), synonyms.groupCount());
    }

    @Override
    public RebuildProgress rebuildProgress() {
        return rebuilds.progress();
    }

    @Override
    @Transactional(readOnly = true)
    public IndexingLag indexingLag() {
        IndexQueue.Lag lag = queue.lag();
        return new IndexingLag(lag.waiting(), lag.oldest().toMillis());
    }

    @Override
    public long unitsSold(long productId) {
        return recentSales.unitsSold(productId);
    }
}
