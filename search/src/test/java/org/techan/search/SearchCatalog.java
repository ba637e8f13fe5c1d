package org.techan.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.techan.catalog.AddRegionCommand;
import org.techan.catalog.ApplyForShopCommand;
import org.techan.catalog.BusinessLicenceNumber;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.InspectionResult;
import org.techan.catalog.OpenPavilionCommand;
import org.techan.catalog.ReceiveBatchCommand;
import org.techan.catalog.SaleUnit;
import org.techan.catalog.SaveProductCommand;
import org.techan.catalog.ShopKind;
import org.techan.catalog.ShopStatus;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.TemperatureClass;
import org.techan.platform.Actor;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;

/** A small marketplace of real specialties for search tests, built through the catalog's own API. */
final class SearchCatalog {

    static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    static final String YONGTAI_VILLAGE = "350125102201";
    static final String ANXI_VILLAGE = "350524100201";
    static final String DANJIANGKOU_VILLAGE = "420381100201";
    private static final AtomicInteger SERIAL = new AtomicInteger(7000);

    private final CatalogApi catalog;
    private final Map<String, Actor> staff = new HashMap<>();

    SearchCatalog(CatalogApi catalog) {
        this.catalog = catalog;
    }

    void regions() {
        region("350000000000", "福建省", "Fujian");
        region("350100000000", "福州市", "Fuzhou");
        region("350125000000", "永泰县", "Yongtai");
        region("350125102000", "嵩口镇", "Songkou");
        region(YONGTAI_VILLAGE, "月洲村", null);
        region("350500000000", "泉州市", "Quanzhou");
        region("350524000000", "安溪县", "Anxi");
        region("350524100000", "凤城镇", null);
        region(ANXI_VILLAGE, "铁观音村", null);
        region("420000000000", "湖北省", "Hubei");
        region("420300000000", "十堰市", "Shiyan");
        region("420381000000", "丹江口市", "Danjiangkou");
        region("420381100000", "均州路街道", null);
        region(DANJIANGKOU_VILLAGE, "蜜桔村", null);
        catalog.openPavilion(
                OPERATOR, new OpenPavilionCommand("fujian", "35", "福建特产馆", "Fujian Pavilion", null, null, null));
    }

    void openShop(String slug, String name, String village, String specialty) {
        String first17 = "93350125MA" + String.format("%07d", SERIAL.incrementAndGet());
        catalog.applyForShop(new ApplyForShopCommand(
                slug,
                ShopKind.COOPERATIVE,
                name,
                null,
                village,
                specialty,
                "林芳",
                "13905910000",
                first17 + BusinessLicenceNumber.checkCharacter(first17),
                null));
        catalog.changeShopStatus(OPERATOR, slug, ShopStatus.APPROVED);
    }

    /** A published product with one SKU at {@code price} and {@code stock} units received (none when 0). */
    long product(Product p) {
        Actor actor = staffOf(p.shop());
        long id = catalog.createProduct(
                        actor,
                        new SaveProductCommand(
                                p.category(),
                                p.titleZh(),
                                p.titleEn(),
                                p.descriptionZh(),
                                null,
                                p.village(),
                                p.temperature(),
                                p.shelfLifeDays(),
                                p.harvestMonths(),
                                p.povertyRelief(),
                                List.of(new SkuCommand("1 斤装", null, SaleUnit.JIN, 500, new BigDecimal(p.price())))))
                .id();
        if (p.stock() > 0) {
            long skuId = catalog.product(actor, id).skus().get(0).id();
            catalog.receiveBatch(
                    actor,
                    new ReceiveBatchCommand(
                            skuId,
                            p.stock(),
                            LocalDate.of(2026, 9, 1),
                            "一号基地",
                            null,
                            null,
                            null,
                            InspectionResult.NOT_INSPECTED,
                            null));
        }
        return catalog.publishProduct(actor, id).id();
    }

    Actor staffOf(String shopSlug) {
        return staff.computeIfAbsent(shopSlug, slug -> catalog.addShopStaff(
                        OPERATOR, slug, new RegisterAccountCommand(slug + ".staff", "search-2026-pw", "林芳", null))
                .actor());
    }

    private void region(String code, String zh, String en) {
        catalog.addRegion(OPERATOR, new AddRegionCommand(code, zh, en));
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
