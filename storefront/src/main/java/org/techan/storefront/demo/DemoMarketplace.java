package org.techan.storefront.demo;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.techan.catalog.AddRegionCommand;
import org.techan.catalog.ApplyForShopCommand;
import org.techan.catalog.BusinessLicenceNumber;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.CertificateStatus;
import org.techan.catalog.CertificateView;
import org.techan.catalog.CreateBrandCommand;
import org.techan.catalog.InspectionResult;
import org.techan.catalog.ProductQuery;
import org.techan.catalog.ProductView;
import org.techan.catalog.ReceiveBatchCommand;
import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionView;
import org.techan.catalog.SaveProductCommand;
import org.techan.catalog.ShopStatus;
import org.techan.catalog.ShopView;
import org.techan.catalog.SkuCommand;
import org.techan.catalog.SkuView;
import org.techan.catalog.SubmitCertificateCommand;
import org.techan.catalog.UpdateShopProfileCommand;
import org.techan.orders.Funder;
import org.techan.orders.OpenStoreCommand;
import org.techan.orders.OrdersApi;
import org.techan.orders.StoreKind;
import org.techan.orders.StoreView;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.MarketCalendar;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.promotions.CouponKind;
import org.techan.promotions.CreateCouponCommand;
import org.techan.promotions.PromotionsApi;

/** Builds the demo marketplace through the modules' public facades, as a person would through the pages. */
@Singleton
class DemoMarketplace {

    static final String OPERATOR_LOGIN = "ops";
    static final String CLERK_LOGIN = "yongtai-post.clerk";

    private record Grade(String zh, String en, BigDecimal markup) {

        boolean premium() {
            return !zh.isEmpty();
        }
    }

    private static final List<Grade> GRADES =
            List.of(new Grade("", "", BigDecimal.ONE), new Grade(" · 特级", " · premium", new BigDecimal("1.3")));

    private final CatalogApi catalog;
    private final Accounts accounts;
    private final Clock clock;
    // Reached when loading, not at start-up: the orders module's payment wiring needs the server's port.
    private final BeanProvider<OrdersApi> orders;
    private final DemoPasswords passwords;
    private final PromotionsApi promotions;
    private final DemoWholesale wholesale;
    /** A family's photo on the table, drawn once for all its products. */
    private final java.util.Map<String, byte[]> tables = new java.util.concurrent.ConcurrentHashMap<>();

    DemoMarketplace(
            CatalogApi catalog,
            Accounts accounts,
            Clock clock,
            BeanProvider<OrdersApi> orders,
            DemoPasswords passwords,
            PromotionsApi promotions,
            DemoWholesale wholesale) {
        this.wholesale = wholesale;
        this.promotions = promotions;
        this.orders = orders;
        this.passwords = passwords;
        this.catalog = catalog;
        this.accounts = accounts;
        this.clock = clock;
    }

    record Summary(int shops, int products, int pavilions) {}

    Summary load() {
        DemoPasswords.Chosen chosen = passwords.choose();
        Actor operator = accounts.register(
                        new RegisterAccountCommand(OPERATOR_LOGIN, chosen.operator(), "运营值班", Role.OPERATOR))
                .actor();
        addRegions(operator);
        byte[] scan = "%PDF-1.4 demo certificate scan".getBytes(StandardCharsets.UTF_8);
        int products = 0;
        int serial = 0;
        Actor firstStaff = null;
        List<Actor> staffs = new java.util.ArrayList<>();
        for (DemoShops.Shop shop : DemoShops.ALL) {
            serial++;
            openShop(operator, shop, serial);
            Actor staff = catalog.addShopStaff(
                            operator,
                            shop.slug(),
                            new RegisterAccountCommand(staffLogin(shop), chosen.staff(), shop.specialty() + "店员", null))
                    .actor();
            firstStaff = firstStaff == null ? staff : firstStaff;
            staffs.add(staff);
            tellStory(staff, shop);
            products += stockShop(operator, staff, shop, scan);
        }
        brandRegionalSpecialties(operator);
        List<DemoPavilion> pavilions = DemoPavilion.ALL;
        for (DemoPavilion pavilion : pavilions) {
            catalog.openPavilion(operator, pavilion.command());
            for (int i = 0; i < pavilion.featured().size(); i++) {
                catalog.featureShop(
                        operator, pavilion.slug(), pavilion.featured().get(i), i);
            }
        }
        openPickupStore(operator, chosen.staff());
        DemoFestivals.ALL.forEach(festival -> promotions.createFestival(operator, festival));
        issueCoupons(operator, firstStaff);
        wholesale.load(operator, staffs, chosen.staff());
        return new Summary(DemoShops.ALL.size(), products, pavilions.size());
    }

    /** The coupon centre's first coupons: two of the platform's and one of the first shop's, claimable for 60 days. */
    private void issueCoupons(Actor operator, Actor shopStaff) {
        LocalDate today = MarketCalendar.today(clock);
        promotions.issueCoupon(
                operator,
                new CreateCouponCommand(
                        "新人无门槛券",
                        "Welcome coupon",
                        CouponKind.FIXED,
                        new BigDecimal("5"),
                        null,
                        null,
                        null,
                        today,
                        today.plusDays(60),
                        null,
                        null,
                        7,
                        1,
                        10_000,
                        new BigDecimal("50000"),
                        "XINREN5",
                        null));
        promotions.issueCoupon(
                operator,
                new CreateCouponCommand(
                        "年货节满199减20",
                        "New Year goods: ¥20 off ¥199",
                        CouponKind.FIXED,
                        new BigDecimal("20"),
                        null,
                        null,
                        new BigDecimal("199"),
                        today,
                        today.plusDays(60),
                        null,
                        null,
                        14,
                        2,
                        5_000,
                        null,
                        null,
                        Funder.PAVILION));
        promotions.issueCoupon(
                shopStaff,
                new CreateCouponCommand(
                        "店铺九五折券",
                        "5% off in our shop",
                        CouponKind.PERCENT,
                        null,
                        95,
                        new BigDecimal("30"),
                        new BigDecimal("50"),
                        today,
                        today.plusDays(60),
                        null,
                        null,
                        30,
                        1,
                        1_000,
                        null,
                        null,
                        null));
    }

    /** A postal station in Yongtai's county town where shoppers collect fresh produce (网订店取). */
    private void openPickupStore(Actor operator, String clerkPassword) {
        StoreView store = orders.get()
                .openStore(
                        operator,
                        new OpenStoreCommand(
                                "yongtai-post-zhangcheng",
                                StoreKind.POSTAL_STATION,
                                "永泰樟城邮政服务站",
                                "Yongtai Zhangcheng postal station",
                                "350125100000",
                                "樟城镇南门路 18 号",
                                new BigDecimal("25.866"),
                                new BigDecimal("118.939"),
                                LocalTime.of(8, 0),
                                LocalTime.of(20, 0),
                                LocalTime.of(22, 0),
                                60,
                                20,
                                10,
                                3));
        orders.get()
                .addStoreClerk(
                        operator, store.code(), new RegisterAccountCommand(CLERK_LOGIN, clerkPassword, "樟城店员", null));
    }

    /** 永泰李干 and 潜江小龙虾 as regional public brands, licensed to their counties' shops. */
    private void brandRegionalSpecialties(Actor operator) {
        catalog.createBrand(
                operator,
                new CreateBrandCommand("yongtai-ligan", "永泰李干", "Yongtai Dried Plums", "350125", "永泰县李干行业协会"));
        catalog.createBrand(
                operator,
                new CreateBrandCommand("qianjiang-crayfish", "潜江小龙虾", "Qianjiang Crayfish", "429005", "潜江市小龙虾协会"));
        LocalDate today = MarketCalendar.today(clock);
        for (DemoShops.Shop shop : DemoShops.ALL) {
            String brand =
                    switch (shop.family()) {
                        case "ligan" -> "yongtai-ligan";
                        case "xiaolongxia" -> "qianjiang-crayfish";
                        default -> null;
                    };
            if (brand == null) {
                continue;
            }
            catalog.licenseBrand(operator, brand, shop.slug(), today.minusMonths(3), today.plusYears(3));
            for (ProductView product : catalog.publishedProducts(new ProductQuery(null, null, shop.slug()), 0, 100)
                    .items()) {
                catalog.brandProduct(operator, product.id(), brand);
            }
        }
    }

    static String staffLogin(DemoShops.Shop shop) {
        return shop.slug() + ".staff";
    }

    private void addRegions(Actor operator) {
        Set<String> known = new HashSet<>();
        collect(null, known);
        for (DemoRegions.Region region : DemoRegions.ALL) {
            addRegion(operator, known, region.code(), region.nameZh(), region.nameEn());
        }
        for (DemoShops.Shop shop : DemoShops.ALL) {
            addRegion(operator, known, shop.villageCode(), shop.villageName(), null);
        }
    }

    /** Skips regions that exist already, asking first: a refused insert would doom the whole load. */
    private void addRegion(Actor operator, Set<String> known, String code, String nameZh, String nameEn) {
        RegionCode region = RegionCode.parse(code);
        if (known.contains(region.value())) {
            return;
        }
        catalog.addRegion(operator, new AddRegionCommand(region.value(), nameZh, nameEn));
        known.add(region.value());
    }

    private void collect(RegionCode parent, Set<String> known) {
        for (RegionView child : catalog.childRegions(parent)) {
            known.add(child.code());
            collect(RegionCode.parse(child.code()), known);
        }
    }

    private void openShop(Actor operator, DemoShops.Shop shop, int serial) {
        String first17 = "93" + shop.township().substring(0, 6) + "MA" + String.format("%07d", serial);
        catalog.applyForShop(new ApplyForShopCommand(
                shop.slug(),
                shop.kind(),
                shop.nameZh(),
                shop.nameEn(),
                shop.villageCode(),
                shop.specialty(),
                "联系人" + serial,
                String.format("139059%05d", serial),
                first17 + BusinessLicenceNumber.checkCharacter(first17),
                String.format("JY1%s%07d", shop.township().substring(0, 6), serial)));
        catalog.changeShopStatus(operator, shop.slug(), ShopStatus.APPROVED);
    }

    /** The village story on the shop's page, as its staff would write it. */
    private void tellStory(Actor staff, DemoShops.Shop shop) {
        ShopView profile = catalog.shopOf(staff);
        catalog.updateShopProfile(
                staff,
                new UpdateShopProfileCommand(
                        profile.nameZh(),
                        profile.nameEn(),
                        profile.specialtyZh(),
                        profile.contactName(),
                        profile.contactPhone(),
                        profile.foodBusinessLicence(),
                        shop.villageName() + "的" + shop.specialty() + "，是村里几代人传下来的手艺。\n"
                                + shop.nameZh() + "把乡亲们的" + shop.specialty()
                                + "统一分拣、检测、包装，应季采收、产地直发，每一批都能扫码溯源。\n欢迎来村里看看。",
                        "Our village's specialty, grown by neighbours for generations.\n" + shop.nameEn()
                                + " sorts, inspects and packs what they harvest in season and sends it straight from"
                                + " the village; every batch can be traced by its QR code.\nYou are welcome to visit."));
    }

    private int stockShop(Actor operator, Actor staff, DemoShops.Shop shop, byte[] scan) {
        DemoFamilies.Family family = DemoFamilies.ALL.get(shop.family());
        boolean povertyRelief =
                shop.township().startsWith("42") || shop.township().startsWith("3501252");
        int count = 0;
        for (String title : family.titles()) {
            ProductView product = catalog.createProduct(staff, product(family, title, shop, povertyRelief));
            catalog.addProductImage(staff, product.id(), DemoPhotos.cover(shop.family(), family.category(), title));
            catalog.addProductImage(
                    staff,
                    product.id(),
                    tables.computeIfAbsent(shop.family(), key -> DemoPhotos.onTheTable(key, family.category())));
            for (SkuView sku : product.skus()) {
                catalog.receiveBatch(
                        staff, batch(family, shop, sku.id(), 40 + (count * 37 + sku.netWeightGrams()) % 260));
            }
            if (count == 0) {
                certify(operator, staff, family, shop, product.id(), scan);
            }
            catalog.publishProduct(staff, product.id());
            count++;
        }
        return count;
    }

    /**
     * One product a title, its grades as SKUs of it (each pack as standard and as 特级, the
     * premium grade dearer), as a shopper expects; a title that names its grade has that one only.
     */
    private SaveProductCommand product(
            DemoFamilies.Family family, String title, DemoShops.Shop shop, boolean povertyRelief) {
        List<SkuCommand> skus = new ArrayList<>();
        for (Grade grade : GRADES) {
            if (grade.premium() && title.contains("级")) {
                continue;
            }
            for (DemoFamilies.Pack pack : family.packs()) {
                BigDecimal price = new BigDecimal(pack.price())
                        .multiply(grade.markup())
                        .setScale(0, RoundingMode.HALF_UP)
                        .setScale(2);
                skus.add(new SkuCommand(
                        pack.specZh() + grade.zh(), pack.specEn() + grade.en(), pack.unit(), pack.grams(), price));
            }
        }
        return new SaveProductCommand(
                family.category(),
                title,
                null,
                family.descriptionZh() + "产自" + shop.villageName() + "，由" + shop.nameZh() + "直供。",
                null,
                shop.villageCode(),
                family.temperature(),
                family.shelfLifeDays(),
                family.months(),
                povertyRelief,
                skus);
    }

    private ReceiveBatchCommand batch(DemoFamilies.Family family, DemoShops.Shop shop, long skuId, int quantity) {
        return new ReceiveBatchCommand(
                skuId,
                quantity,
                lastHarvest(family),
                shop.villageName() + "基地 " + (1 + skuId % 9) + " 号地块",
                "有机肥与生物防治；农药使用记录见合作社台账",
                "县农产品质量安全检测站",
                "QC-" + LocalDate.now(clock).getYear() + "-" + skuId,
                InspectionResult.PASSED,
                "采收 → 分拣 → 包装 → 入库");
    }

    private void certify(
            Actor operator, Actor staff, DemoFamilies.Family family, DemoShops.Shop shop, long productId, byte[] scan) {
        LocalDate today = MarketCalendar.today(clock);
        CertificateView certificate = catalog.submitCertificate(
                staff,
                new SubmitCertificateCommand(
                        productId,
                        family.certificate(),
                        "DEMO-" + shop.slug().toUpperCase(),
                        "农业农村部农产品质量安全中心",
                        today.minusYears(1),
                        today.plusYears(2)),
                scan);
        catalog.reviewCertificate(operator, certificate.id(), CertificateStatus.VERIFIED, null);
    }

    /**
     * When the demo's stock was harvested. In season, a few days ago: fresh goods are on sale, and
     * short-lived ones leave sale in two days, so their shop sees the warning. Out of season, the
     * last day of the latest harvest month, which short-lived goods are past (sold out, as in life);
     * a month ago for goods without harvest months.
     */
    private LocalDate lastHarvest(DemoFamilies.Family family) {
        LocalDate today = MarketCalendar.today(clock);
        List<Integer> months = family.months();
        if (months.contains(today.getMonthValue())) {
            int daysAgo = family.shelfLifeDays() <= 10 ? Math.max(0, family.shelfLifeDays() - 2) : 3;
            return today.minusDays(Math.min(daysAgo, today.getDayOfMonth() - 1));
        }
        for (int back = 1; back < 12; back++) {
            LocalDate month = today.minusMonths(back);
            if (months.contains(month.getMonthValue())) {
                return month.withDayOfMonth(month.lengthOfMonth());
            }
        }
        return today.minusMonths(1);
    }
}
