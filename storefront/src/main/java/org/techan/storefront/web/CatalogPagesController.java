package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.CategoryView;
import org.techan.catalog.PageOf;
import org.techan.catalog.PavilionView;
import org.techan.catalog.ProductDetail;
import org.techan.catalog.ProductQuery;
import org.techan.catalog.ProductView;
import org.techan.catalog.RegionView;
import org.techan.catalog.ShopDetail;
import org.techan.catalog.ShopView;
import org.techan.platform.Actor;
import org.techan.promotions.CouponView;
import org.techan.promotions.FestivalPhase;
import org.techan.promotions.FestivalView;
import org.techan.promotions.PromotionsApi;
import org.techan.promotions.SkuDeal;
import org.techan.search.SearchApi;
import org.techan.search.SearchHit;
import org.techan.search.SearchQuery;
import org.techan.search.SearchResult;
import org.techan.search.SearchSort;

/** Pavilion and shop pages for shoppers. */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CatalogPagesController {

    static final int SHOPS_PER_PAGE = 12;
    static final int PRODUCTS_PER_PAGE = 24;
    static final int PRODUCTS_ON_PAVILION = 24;
    static final int FESTIVAL_PICKS = 8;
    static final int COUPONS_ON_PRODUCT = 4;

    private final CatalogApi catalog;
    private final SearchApi search;
    private final PromotionsApi promotions;
    private final org.techan.wholesale.WholesaleApi wholesale;

    CatalogPagesController(
            CatalogApi catalog,
            SearchApi search,
            PromotionsApi promotions,
            org.techan.wholesale.WholesaleApi wholesale) {
        this.wholesale = wholesale;
        this.promotions = promotions;
        this.search = search;
        this.catalog = catalog;
    }

    @View("pavilion")
    @Get(uri = "/pavilions/{slug}", produces = MediaType.TEXT_HTML)
    PavilionPage pavilion(
            @PathVariable String slug,
            @QueryValue(defaultValue = "0") int page,
            @QueryValue(defaultValue = "0") int products) {
        PavilionView pavilion = catalog.pavilion(slug);
        PageOf<ShopView> shops = catalog.pavilionShops(slug, Math.max(page, 0), SHOPS_PER_PAGE);
        PageOf<ProductView> productPage = catalog.pavilionProducts(slug, Math.max(products, 0), PRODUCTS_ON_PAVILION);
        return new PavilionPage(
                festivalPicks(slug),
                pavilion,
                shops,
                (shops.total() + SHOPS_PER_PAGE - 1) / SHOPS_PER_PAGE,
                catalog.pavilionPicks(slug).stream().map(ProductView::id).toList(),
                productPage,
                (productPage.total() + PRODUCTS_ON_PAVILION - 1) / PRODUCTS_ON_PAVILION);
    }

    /** What each festival on or warming up sells from the pavilion, best sellers first; none when it sells nothing here. */
    private List<FestivalPicks> festivalPicks(String pavilionSlug) {
        List<FestivalPicks> picks = new java.util.ArrayList<>();
        for (FestivalView festival : promotions.festivalsOnAndComing(0)) {
            if (festival.phase() == FestivalPhase.COMING) {
                continue;
            }
            SearchResult found = search.search(SearchQuery.everything()
                    .inPavilion(pavilionSlug)
                    .inFestival(festival.slug())
                    .sortedBy(SearchSort.BEST_SELLING)
                    .page(0, FESTIVAL_PICKS));
            if (!found.items().isEmpty()) {
                picks.add(new FestivalPicks(festival, found.items(), found.total()));
            }
        }
        return picks;
    }

    @View("shop")
    @Get(uri = "/shops/{slug}", produces = MediaType.TEXT_HTML)
    ShopPage shop(@Nullable Actor actor, @PathVariable String slug, @QueryValue(defaultValue = "0") int page) {
        ShopDetail detail = catalog.shopDetail(slug, Math.max(page, 0), PRODUCTS_PER_PAGE);
        PageOf<ProductView> products = detail.products();
        return new ShopPage(
                detail.shop(),
                detail.location(),
                products,
                (products.total() + PRODUCTS_PER_PAGE - 1) / PRODUCTS_PER_PAGE,
                buysWholesale(actor) ? producingBase(slug) : null);
    }

    @View("product")
    @Get(uri = "/products/{id}", produces = MediaType.TEXT_HTML)
    ProductPage product(@Nullable Actor actor, @PathVariable long id, @Nullable @QueryValue Long claimed) {
        ProductDetail detail = catalog.productDetail(id);
        WholesaleSection wholesaleSection = null;
        if (buysWholesale(actor)) {
            // Wholesale decides whether the buyer's organisation may see the prices: an
            // organisation still waiting for review sees the shopper's page.
            try {
                org.techan.wholesale.CatalogueOffers offered = wholesale.catalogueOffers(
                        actor, List.of(id), List.of(detail.product().shopSlug()));
                wholesaleSection = new WholesaleSection(
                        offered.offers().stream()
                                .map(WholesaleCataloguePageController.OfferLine::of)
                                .toList(),
                        offered.bases().stream().findFirst().orElse(null));
            } catch (org.techan.platform.NotAllowedException unverified) {
                wholesaleSection = null;
            }
        }
        Map<Long, BigDecimal> prices = new HashMap<>();
        detail.product().skus().forEach(sku -> prices.put(sku.id(), sku.price()));
        return new ProductPage(
                detail.product(),
                detail.origin(),
                detail.category(),
                search.unitsSold(id),
                promotions.liveDeals(prices),
                promotions.couponsForProductPage(detail.product().shopSlug(), COUPONS_ON_PRODUCT),
                claimed != null,
                wholesaleSection);
    }

    /** Only wholesale buyers are shown offers and bases: a consumer's pages cost nothing more. */
    private static boolean buysWholesale(@Nullable Actor actor) {
        return actor != null && actor.role() == org.techan.platform.Role.WHOLESALE_BUYER;
    }

    private org.techan.wholesale.@Nullable ProducingBaseView producingBase(String shopSlug) {
        return wholesale.producingBases(List.of(shopSlug)).stream().findFirst().orElse(null);
    }

    /** What a wholesale buyer sees of a product besides the shopper's view: its offers and the base. */
    @Introspected
    record WholesaleSection(
            List<WholesaleCataloguePageController.OfferLine> offers,
            org.techan.wholesale.@Nullable ProducingBaseView base) {}

    @View("category")
    @Get(uri = "/categories/{slug}", produces = MediaType.TEXT_HTML)
    CategoryPage category(@PathVariable String slug, @QueryValue(defaultValue = "0") int page) {
        CategoryView category = catalog.category(slug);
        PageOf<ProductView> products =
                catalog.shelf(new ProductQuery(slug, null, null), Math.max(page, 0), PRODUCTS_PER_PAGE);
        return new CategoryPage(category, products, (products.total() + PRODUCTS_PER_PAGE - 1) / PRODUCTS_PER_PAGE);
    }

    /**
     * A product page.
     *
     * @param coupons what the page offers to claim
     * @param claimed whether the shopper just claimed one of them
     */
    @Introspected
    record ProductPage(
            ProductView product,
            List<RegionView> origin,
            CategoryView category,
            long sold,
            Map<Long, SkuDeal> deals,
            List<CouponView> coupons,
            boolean claimed,
            @Nullable WholesaleSection wholesale) {}

    @Introspected
    record CategoryPage(CategoryView category, PageOf<ProductView> products, long pageCount) {}

    @Introspected
    record PavilionPage(
            List<FestivalPicks> festivals,
            PavilionView pavilion,
            PageOf<ShopView> shops,
            long pageCount,
            List<Long> picked,
            PageOf<ProductView> products,
            long productPageCount) {}

    /** A festival's products in a pavilion: the first few, and how many there are. */
    @Introspected
    record FestivalPicks(FestivalView festival, List<SearchHit> hits, long total) {}

    @Introspected
    record ShopPage(
            ShopView shop,
            List<RegionView> location,
            PageOf<ProductView> products,
            long pageCount,
            org.techan.wholesale.@Nullable ProducingBaseView base) {}
}
