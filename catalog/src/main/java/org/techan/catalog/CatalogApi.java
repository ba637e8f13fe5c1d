package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** What the rest of Techan may ask of the catalog. */
public interface CatalogApi {

    /** The regions directly below {@code parent}, or the provinces when {@code parent} is null. */
    List<RegionView> childRegions(@Nullable RegionCode parent);

    /**
     * A region.
     *
     * @throws org.techan.platform.NotFoundException if no such region exists
     */
    RegionView region(RegionCode code);

    /** The region and its ancestors, province first (a breadcrumb). */
    List<RegionView> regionPath(RegionCode code);

    /**
     * Adds a region whose parent (by code structure) already exists.
     *
     * @throws org.techan.platform.RuleViolationException for a blank name or a missing parent
     * @throws org.techan.platform.ConflictException if the code is taken
     */
    RegionView addRegion(AddRegionCommand command);

    /** Every category, parents before children, each level in display order. */
    List<CategoryView> categories();

    /**
     * One category.
     *
     * @throws org.techan.platform.NotFoundException if there is no category with that slug
     */
    CategoryView category(String slug);
}
