package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.List;
import org.techan.platform.Actor;

/**
 * What anyone may read of the catalog as shoppers see it (regions, categories, pavilions, shops and
 * products on sale), plus which shop a staff member works for: the face search and orders use.
 */
public interface CatalogReads {

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
     * China's administrative divisions directly under {@code parent} (the 31 provinces when null),
     * to township level, by code: what address and store pickers offer. Names in Chinese only.
     */
    List<RegionView> divisions(@Nullable RegionCode parent);

    /**
     * Where {@code code}'s seat lies, or its nearest ancestor's when it has none of its own (most
     * city districts, every township); empty when no division on its path has one, or the code is
     * no division.
     */
    java.util.Optional<DivisionPlace> divisionPlace(RegionCode code);

    /** Every category, parents before children, each level in display order. */
    List<CategoryView> categories();

    /**
     * One category.
     *
     * @throws org.techan.platform.NotFoundException if there is no category with that slug
     */
    CategoryView category(String slug);

    /**
     * The shop a staff member works for, whatever its status.
     *
     * @throws org.techan.platform.NotFoundException if the actor is not shop staff
     */
    ShopView shopOf(Actor staff);

    /** All pavilions, in the operator's order. */
    List<PavilionView> pavilions();

    PavilionView pavilion(String slug);

    /**
     * A product as shoppers see it.
     *
     * @throws org.techan.platform.NotFoundException unless it is published and its shop open
     */
    ProductView publishedProduct(long productId);

    /**
     * A published product of an open shop with its origin and category, read together (one
     * transaction) for its page.
     *
     * @throws org.techan.platform.NotFoundException as {@link #publishedProduct(long)}
     */
    ProductDetail productDetail(long productId);

    /**
     * The products on sale (published, shop open) among {@code ids}, as shoppers see them, in no
     * particular order; an id missing from the answer is not on sale.
     */
    List<ProductView> productsForSale(Collection<Long> ids);

    /** Up to {@code limit} (at most 1,000) products on sale with ids above {@code afterId}, by id: a full scan in steps. */
    List<ProductView> productsForSaleAfter(long afterId, int limit);

    /** The ids of every product on sale within {@code region}, for re-indexing what a new pavilion covers. */
    List<Long> productIdsForSaleIn(RegionCode region);

    /**
     * The ids of a shop's products in every status.
     *
     * @throws org.techan.platform.NotFoundException if there is no such shop
     */
    List<Long> productIdsOfShop(String shopSlug);

    /** Published products of open shops matching {@code query}, newest first. */
    PageOf<ProductView> publishedProducts(ProductQuery query, int page, int size);

    /**
     * {@link #publishedProducts} as shoppers browse them (home, category shelves): the same answer,
     * up to a few seconds old, from memory when asked again.
     */
    PageOf<ProductView> shelf(ProductQuery query, int page, int size);

    /**
     * A free web name of {@code kind} made from the names (the English one when given, else the
     * pinyin of the Chinese), for forms to propose; empty when the names make none.
     */
    String suggestSlug(SlugKind kind, @Nullable String nameZh, @Nullable String nameEn);
}
