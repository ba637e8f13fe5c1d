package org.techan.orders.internal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;

/**
 * What a shop charges to deliver one order: a flat fee, waived from a goods total up. These are
 * the marketplace's defaults for every shop until shops set rules of their own.
 */
@Singleton
class DeliveryCharges {

    static final BigDecimal FLAT_FEE = new BigDecimal("10.00");
    static final BigDecimal FREE_FROM = new BigDecimal("99.00");

    BigDecimal forGoods(BigDecimal goodsTotal) {
        return goodsTotal.compareTo(FREE_FROM) >= 0 ? BigDecimal.ZERO.setScale(2) : FLAT_FEE;
    }
}
