package org.techan.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Counts for each filter. A list facet's counts ignore that facet's own choice (so a shopper can
 * tick a second value); {@code region} counts the level below the chosen region (provinces when
 * none), and {@code price} the bands {@code 0-50}, {@code 50-100}, {@code 100-200}, {@code 200-}.
 * {@code grade}, {@code pack} and {@code producingBase} are counted in the wholesale catalogue only.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Facets(
        List<FacetCount> category,
        List<FacetCount> region,
        List<FacetCount> certificate,
        List<FacetCount> temperature,
        List<FacetCount> pavilion,
        List<FacetCount> price,
        long inStock,
        long fresh,
        long inSeason,
        long povertyRelief,
        List<FacetCount> grade,
        List<FacetCount> pack,
        List<FacetCount> producingBase) {

    public static Facets none() {
        return new Facets(
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0, 0, 0, List.of(), List.of(),
                List.of());
    }
}
