package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import org.techan.catalog.TemperatureClass;

/**
 * One shop's lines in a cart: they become one order, delivered with one shipping charge (none when
 * collected at a store that can keep its coldest goods, {@code temperature}; fresh goods among
 * them are collected only in the provinces they come from, {@code freshProvinces}).
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
        List<String> freshProvinces) {}
