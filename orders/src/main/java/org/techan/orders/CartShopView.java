package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/** One shop's lines in a cart: they become one order, delivered with one shipping charge. */
@Serdeable
public record CartShopView(
        String shopSlug,
        String shopNameZh,
        @Nullable String shopNameEn,
        List<CartLineView> lines,
        BigDecimal goodsTotal,
        BigDecimal shipping) {}
