package org.techan.storefront.demo;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.techan.catalog.CatalogApi;
import org.techan.catalog.ProductView;
import org.techan.catalog.SkuView;
import org.techan.platform.Accounts;
import org.techan.platform.Actor;
import org.techan.platform.SignUpCommand;
import org.techan.wholesale.ApplyOrganisationCommand;
import org.techan.wholesale.CreditCode;
import org.techan.wholesale.Grade;
import org.techan.wholesale.OfferCommand;
import org.techan.wholesale.OrganisationKind;
import org.techan.wholesale.PackKind;
import org.techan.wholesale.PriceTier;
import org.techan.wholesale.ProducingBaseCommand;
import org.techan.wholesale.WholesaleApi;

/**
 * The demo's wholesale side: the first shops describe their producing bases and offer their first
 * products by the box at two tiers, and a county canteen, verified, buys from them (its admin signs
 * in with {@link #CANTEEN_LOGIN}), so the wholesale catalogue and the quick order have something to
 * show.
 */
@Singleton
class DemoWholesale {

    static final String CANTEEN_LOGIN = "canteen@demo.techan.cn";

    /** Shops that sell wholesale in the demo, and products each offers. */
    private static final int SHOPS = 4;

    private static final int PRODUCTS = 2;

    // Reached when loading, not at start-up: through orders, it needs the server's port.
    private final BeanProvider<WholesaleApi> wholesaleApi;
    private final CatalogApi catalog;
    private final Accounts accounts;

    DemoWholesale(BeanProvider<WholesaleApi> wholesale, CatalogApi catalog, Accounts accounts) {
        this.wholesaleApi = wholesale;
        this.catalog = catalog;
        this.accounts = accounts;
    }

    /** {@code staff}: the demo shops' staff, in {@link DemoShops#ALL}'s order. */
    void load(Actor operator, List<Actor> staff, String password) {
        WholesaleApi wholesale = wholesaleApi.get();
        for (int i = 0; i < Math.min(SHOPS, staff.size()); i++) {
            DemoShops.Shop shop = DemoShops.ALL.get(i);
            List<ProductView> products =
                    catalog.ownProducts(staff.get(i), 0, PRODUCTS).items();
            wholesale.saveProducingBase(
                    staff.get(i),
                    new ProducingBaseCommand(
                            shop.nameZh().replace("专业合作社", "").replace("合作社", "") + "生产基地",
                            shop.township().substring(0, 6),
                            shop.villageName(),
                            new BigDecimal(300 + 200 * i),
                            products.isEmpty()
                                    ? List.of(9, 10)
                                    : products.get(0).harvestMonths()));
            for (ProductView product : products) {
                SkuView sku = product.skus().get(0);
                wholesale.saveOffer(staff.get(i), offer(sku));
            }
        }
        String first17 = "12350125MB0D20267";
        var canteen = wholesale.apply(
                new ApplyOrganisationCommand(
                        "永泰县机关事务服务中心食堂",
                        first17 + CreditCode.checkCharacter(first17),
                        OrganisationKind.CANTEEN,
                        "350125",
                        "樟城镇城南路 8 号",
                        new SignUpCommand(
                                CANTEEN_LOGIN,
                                password,
                                "食堂采购",
                                true,
                                accounts.legalTerms().version())),
                "demo");
        wholesale.attachLicence(
                new org.techan.platform.Actor(
                        canteen.members().get(0).accountId(), org.techan.platform.Role.WHOLESALE_BUYER),
                DemoLicence.scan(canteen.creditCode()));
        wholesale.review(operator, canteen.id(), true, null);
    }

    /** A box of the SKU from 10, in fives, at 90 % of its price and 80 % from 50 boxes. */
    private static OfferCommand offer(SkuView sku) {
        BigDecimal price = sku.price();
        return new OfferCommand(
                sku.id(),
                PackKind.BOX,
                Math.max(sku.netWeightGrams(), 1),
                10,
                5,
                null,
                List.of(new PriceTier(10, percent(price, 90)), new PriceTier(50, percent(price, 80))),
                Grade.FIRST,
                "GB/T 12947",
                null,
                20);
    }

    private static BigDecimal percent(BigDecimal price, int percent) {
        return price.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
