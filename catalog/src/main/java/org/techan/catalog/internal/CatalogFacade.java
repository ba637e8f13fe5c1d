package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import org.techan.catalog.AddRegionCommand;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.CategoryView;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionView;

@Singleton
class CatalogFacade implements CatalogApi {

    private final Regions regions;
    private final Categories categories;

    CatalogFacade(Regions regions, Categories categories) {
        this.regions = regions;
        this.categories = categories;
    }

    @Override
    public List<RegionView> childRegions(@Nullable RegionCode parent) {
        return regions.children(parent);
    }

    @Override
    public RegionView region(RegionCode code) {
        return regions.get(code);
    }

    @Override
    public List<RegionView> regionPath(RegionCode code) {
        return regions.path(code);
    }

    @Override
    public RegionView addRegion(AddRegionCommand command) {
        return regions.add(command);
    }

    @Override
    public List<CategoryView> categories() {
        return categories.all();
    }

    @Override
    public CategoryView category(String slug) {
        return categories.get(slug);
    }
}
