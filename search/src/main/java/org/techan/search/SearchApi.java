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
     * Starts a full rebuild of the index in the background (operators only); queries keep
     * answering from the old index until it is done.
     *
     * @throws org.techan.platform.ConflictException if a rebuild is running already
     */
    RebuildProgress startRebuild(Actor operator);

    /** Runs a full rebuild here and now, for the command line; reports progress as it goes. */
    RebuildProgress rebuild(java.util.function.LongConsumer progress);

    RebuildProgress rebuildProgress();

    IndexingLag indexingLag();
}
