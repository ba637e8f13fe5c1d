package org.techan.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One shop's part of a checkout, fulfilled on its own, with its timeline. {@code recallHold} is
 * the trace code of a recalled batch it holds, while that keeps it from leaving the shop or store.
 * {@code deliverTo} is the checkout's recipient, phone and address (only a name and phone when
 * everything is collected at a store): what the shop needs to send it. {@code shipping} is what
 * the buyer pays for delivery, after {@code deliveryDiscount} (包邮 and the like) when one applied.
 * {@code business} is a bulk order's purchase-order number and delivery day.
 */
@Serdeable
public record OrderView(
        String number,
        String groupNumber,
        String shopSlug,
        String shopNameZh,
        OrderState state,
        List<OrderLineView> lines,
        BigDecimal goodsTotal,
        BigDecimal shipping,
        BigDecimal total,
        List<TransitionView> timeline,
        Fulfilment fulfilment,
        @Nullable PickupView pickup,
        @Nullable String carrier,
        @Nullable String trackingNumber,
        @Nullable String recallHold,
        @Nullable DeliveryAddress deliverTo,
        @Nullable String buyerRemarks,
        @Nullable PriceAdjustment deliveryDiscount,
        @Nullable BusinessTerms business) {}
