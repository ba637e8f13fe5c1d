package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import org.techan.catalog.PurchaseRule;
import org.techan.catalog.SaleUnit;

/**
 * One SKU in a cart priced as a checkout would price it now; {@code priceWhenAdded} is what the
 * shopper saw when adding it, so a change can be shown before they pay.
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
        @Nullable CartLineProblem problem) {

    public boolean priceChanged() {
        return unitPrice.compareTo(priceWhenAdded) != 0;
    }

    public boolean priceRose() {
        return unitPrice.compareTo(priceWhenAdded) > 0;
    }
}
