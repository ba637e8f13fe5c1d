package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import org.techan.catalog.PurchaseRule;
import org.techan.catalog.SaleUnit;

/**
 * One SKU in a cart priced as a checkout would price it now; {@code priceWhenAdded} is what the
 * shopper saw when adding it, so a change can be shown before they pay. {@code discounts} are the
 * pricing pipeline's discounts on the line (a campaign price, its share of a 满减 or coupon), each
 * with the label the buyer reads.
 */
@Serdeable
public record CartLineView(
        long skuId,
        long productId,
        String titleZh,
        @Nullable String titleEn,
        String specZh,
        @Nullable SaleUnit unit,
        int quantity,
        BigDecimal priceWhenAdded,
        BigDecimal unitPrice,
        BigDecimal lineTotal,
        int available,
        PurchaseRule purchase,
        @Nullable CartLineProblem problem,
        List<PriceAdjustment> discounts) {

    public boolean priceChanged() {
        return unitPrice.compareTo(priceWhenAdded) != 0;
    }

    public boolean priceRose() {
        return unitPrice.compareTo(priceWhenAdded) > 0;
    }
}
