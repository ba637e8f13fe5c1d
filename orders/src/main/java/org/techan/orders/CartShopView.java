package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import org.techan.catalog.TemperatureClass;

/**
 * One shop's lines in a cart: they become one order, delivered with one shipping charge (none when
 * collected at a store that can keep its coldest goods, {@code temperature}; fresh goods among
 * them are collected only in the provinces they come from, {@code freshProvinces}), and the
 * shop's discounts the lines are close to ({@code hints}).
 */
@Serdeable
public record CartShopView(
        String shopSlug,
        String shopNameZh,
        @Nullable String shopNameEn,
        List<CartLineView> lines,
        BigDecimal goodsTotal,
        BigDecimal shipping,
        TemperatureClass temperature,
        List<String> freshProvinces,
        List<PriceHint> hints) {

    /** What the discounts took off the shop's lines. */
    public BigDecimal saved() {
        return lines.stream()
                .flatMap(line -> line.discounts().stream())
                .map(PriceAdjustment::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
