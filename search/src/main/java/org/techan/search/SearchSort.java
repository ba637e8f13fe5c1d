package org.techan.search;

/** How results are ordered; ties always fall back to the product id, so pages never overlap. */
public enum SearchSort {
    RELEVANCE,
    PRICE_ASCENDING,
    PRICE_DESCENDING,
    NEWEST,
    BEST_SELLING
}
