package org.techan.catalog.tools;

import io.micronaut.core.annotation.Nullable;
import org.techan.catalog.RegionCode;
import org.techan.platform.Actor;

/**
 * Bulk synthetic products for benchmarks and load tests, kept out of the catalog's public face:
 * only the command-line tools use it.
 */
public interface SyntheticCatalog {

    /**
     * Generates {@code count} published products of synthetic shops in the villages under {@code
     * within} (anywhere if null), the same for the same seed; operators only.
     *
     * @return how many were made
     */
    int generate(Actor operator, @Nullable RegionCode within, int count, long seed);
}
