package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import org.techan.catalog.AddRegionCommand;
import org.techan.catalog.ApplyForShopCommand;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.CategoryView;
import org.techan.catalog.PageOf;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionView;
import org.techan.catalog.ShopStatus;
import org.techan.catalog.ShopView;

@Singleton
class CatalogFacade implements CatalogApi {

    private final Regions regions;
    private final Categories categories;
    private final Shops shops;

    CatalogFacade(Regions regions, Categories categories, Shops shops) {
        this.regions = regions;
        this.categories = categories;
        this.shops = shops;
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

    @Override
    public ShopView applyForShop(ApplyForShopCommand command) {
        return shops.apply(command);
    }

    @Override
    public ShopView changeShopStatus(String slug, ShopStatus next) {
        return shops.changeStatus(slug, next);
    }

    @Override
    public ShopView shop(String slug) {
        return shops.get(slug);
    }

    @Override
    public PageOf<ShopView> openShopsIn(RegionCode region, int page, int size) {
        return shops.openIn(region, page, size);
    }

    @Override
    public ShopView openShop(String slug) {
        return shops.getOpen(slug);
    }
}
