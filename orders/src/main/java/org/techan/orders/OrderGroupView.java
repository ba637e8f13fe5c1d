package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A checkout: its orders (one per shop), the delivery address, what it costs and until when it can be paid. */
@Serdeable
public record OrderGroupView(
        String number,
        List<OrderView> orders,
        DeliveryAddress address,
        BigDecimal goodsTotal,
        BigDecimal shippingTotal,
        BigDecimal total,
        Instant payBefore,
        Instant createdAt) {}
