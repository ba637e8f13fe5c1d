package org.techan.search;

import org.techan.platform.Actor;

/** What the rest of Techan may ask of search. */
public interface SearchApi {

    /**
     * Products on sale matching the query, with facet counts. Never fails because the engine is
     * down: the catalog then answers a simpler query and the result says so.
     *
     * @throws org.techan.platform.RuleViolationException for a page or size out of range
     */
    SearchResult search(SearchQuery query);

    /**
     * Completions for what a shopper has typed so far (Chinese, pinyin, initials or English), at
     * most {@code limit} of each kind; none while the engine is unreachable.
     */
    Suggestions suggest(String typed, int limit);

    /**
     * Starts a full rebuild of the index in the background (operators only); queries keep
     * answering from the old index until it is done.
     *
     * @throws org.techan.platform.ConflictException if a rebuild is running already
     */
    RebuildProgress startRebuild(Actor operator);

    /** Runs a full rebuild here and now, for the command line; reports progress as it goes. */
    RebuildProgress rebuild(java.util.function.LongConsumer progress);

    RebuildProgress rebuildProgress();

    /**
     * Rereads the synonyms file on this replica (operators only); the others notice the change by
     * themselves within half a minute.
     *
     * @return how many synonym groups are in use now
     * @throws org.techan.platform.RuleViolationException naming the first malformed line; the groups
     *     in use stay as they were
     */
    SynonymsInUse reloadSynonyms(Actor operator);

    SynonymsInUse synonyms();

    IndexingLag indexingLag();

    /**
     * Units of the product sold so far (paid orders; a refund does not take a sale back), as
     * counted from the catalog's sales events: a moment behind a payment.
     */
    long unitsSold(long productId);

    /**
     * Queues products to be indexed again, in the caller's transaction: a module whose change
     * alters what the index holds of them (see {@link ProductPromotions}) queues them as it commits
     * the change, so a process that dies after the commit loses nothing.
     */
    void queueForIndexing(java.util.Collection<Long> productIds);
}
