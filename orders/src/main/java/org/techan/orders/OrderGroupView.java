package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A checkout: its orders (one per shop), the delivery address, what it costs and until when it can
 * be paid; a business buyer's bulk order carries its {@code business} terms. {@code buyerAccountId}
 * is whoever placed it, which colleagues of a business buyer see.
 */
@Serdeable
public record OrderGroupView(
        String number,
        List<OrderView> orders,
        DeliveryAddress address,
        BigDecimal goodsTotal,
        BigDecimal shippingTotal,
        BigDecimal total,
        Instant payBefore,
        Instant createdAt,
        @Nullable BusinessTerms business,
        long buyerAccountId) {}
