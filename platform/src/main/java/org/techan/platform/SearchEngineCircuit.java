package org.techan.platform;

import java.io.IOException;
import java.util.Optional;

/**
 * A circuit breaker in front of the search engine. A hanging engine makes every call wait out its
 * timeout; after a few such failures the circuit opens and callers fall back at once, then one call
 * probes again after a cool-down.
 */
public interface SearchEngineCircuit {

    /**
     * The qualifier of the search client for what shoppers wait on (searches, suggestions): its
     * timeout is short ({@code elasticsearch.query-timeout}, 2 s), indexing keeps the long one.
     */
    String QUERY_CLIENT = "search-queries";

    /**
     * Runs {@code call} unless the circuit is open. Empty when the circuit is open or the call
     * failed; the caller falls back. Only outages (unreachable, timed out, 5xx) count towards
     * opening the circuit; a request the engine refused (4xx) is logged as the bug it is.
     */
    <T> Optional<T> call(EngineCall<T> call);

    /** True while calls are refused without trying the engine. */
    boolean isOpen();

    /** CLOSED, OPEN or HALF_OPEN, for health reports. */
    String state();

    /** One call to the engine. */
    @FunctionalInterface
    interface EngineCall<T> {
        T call() throws IOException;
    }
}
