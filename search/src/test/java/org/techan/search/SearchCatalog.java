package org.techan.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.OpenPavilionCommand;
import org.techan.catalog.TemperatureClass;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Actor;
import org.techan.platform.Role;

/** A small marketplace of real specialties for search tests, built through the catalog's own API. */
final class SearchCatalog {

    static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    static final String YONGTAI_VILLAGE = "350125102201";
    static final String ANXI_VILLAGE = "350524100201";
    static final String DANJIANGKOU_VILLAGE = "420381100201";

    private final CatalogApi catalog;
    private final TestMarketplace marketplace;
    private final Map<String, TestMarketplace.Shop> shops = new HashMap<>();

    SearchCatalog(CatalogApi catalog, TestMarketplace marketplace) {
        this.catalog = catalog;
        this.marketplace = marketplace;
    }

    void regions() {
        marketplace.regions(YONGTAI_VILLAGE, "福建省/Fujian", "福州市/Fuzhou", "永泰县/Yongtai", "嵩口镇/Songkou", "月洲村");
        marketplace.regions(ANXI_VILLAGE, "福建省/Fujian", "泉州市/Quanzhou", "安溪县/Anxi", "凤城镇", "铁观音村");
        marketplace.regions(DANJIANGKOU_VILLAGE, "湖北省/Hubei", "十堰市/Shiyan", "丹江口市/Danjiangkou", "均州路街道", "蜜桔村");
        catalog.openPavilion(
                OPERATOR, new OpenPavilionCommand("fujian", "35", "福建特产馆", "Fujian Pavilion", null, null, null));
    }

    void openShop(String slug, String name, String village, String specialty) {
        shops.put(
                slug,
                marketplace
                        .aShop(slug)
                        .named(name)
                        .inVillage(village)
                        .selling(specialty)
                        .staff(slug + ".staff", "search-2026-pw")
                        .open());
    }

    /** A published product with one SKU at {@code price} and {@code stock} units received (none when 0). */
    long product(Product p) {
        TestMarketplace.ProductBuilder product = marketplace
                .aProduct(shops.get(p.shop()), p.titleZh())
                .inCategory(p.category())
                .describedAs(p.descriptionZh())
                .from(p.village())
                .kept(p.temperature(), p.shelfLifeDays())
                .harvestedIn(p.harvestMonths().toArray(Integer[]::new))
                .priced(p.price());
        if (p.titleEn() != null) {
            product.titledInEnglish(p.titleEn());
        }
        if (p.povertyRelief()) {
            product.povertyRelief();
        }
        if (p.stock() > 0) {
            product.withBatch(
                    p.stock(),
                    org.techan.platform.MarketCalendar.today(java.time.Clock.systemUTC())
                            .minusDays(5),
                    "一号基地");
        }
        return product.create().id();
    }

    Actor staffOf(String shopSlug) {
        return shops.get(shopSlug).staff();
    }

    record Product(
            String shop,
            String category,
            String titleZh,
            String titleEn,
            String descriptionZh,
            String village,
            TemperatureClass temperature,
            int shelfLifeDays,
            List<Integer> harvestMonths,
            boolean povertyRelief,
            String price,
            int stock) {

        static Product of(String shop, String category, String titleZh, String titleEn, String village, String price) {
            return new Product(
                    shop,
                    category,
                    titleZh,
                    titleEn,
                    titleZh + "，产地直发。",
                    village,
                    TemperatureClass.AMBIENT,
                    180,
                    List.of(7, 8),
                    false,
                    price,
                    50);
        }

        Product withStock(int units) {
            return new Product(
                    shop,
                    category,
                    titleZh,
                    titleEn,
                    descriptionZh,
                    village,
                    temperature,
                    shelfLifeDays,
                    harvestMonths,
                    povertyRelief,
                    price,
                    units);
        }

        Product fresh(TemperatureClass kept, int days, List<Integer> months) {
            return new Product(
                    shop,
                    category,
                    titleZh,
                    titleEn,
                    descriptionZh,
                    village,
                    kept,
                    days,
                    months,
                    povertyRelief,
                    price,
                    stock);
        }

        Product helpingPovertyRelief() {
            return new Product(
                    shop,
                    category,
                    titleZh,
                    titleEn,
                    descriptionZh,
                    village,
                    temperature,
                    shelfLifeDays,
                    harvestMonths,
                    true,
                    price,
                    stock);
        }
    }
}
