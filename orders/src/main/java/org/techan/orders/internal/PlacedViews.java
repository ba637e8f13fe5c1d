package org.techan.orders.internal;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.techan.catalog.ReserveStockCommand;
import org.techan.catalog.SkuOnSale;
import org.techan.orders.BusinessTerms;
import org.techan.orders.DeliveryAddress;
import org.techan.orders.DiscountTerms;
import org.techan.orders.Fulfilment;
import org.techan.orders.Funder;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderLineView;
import org.techan.orders.OrderState;
import org.techan.orders.OrderView;
import org.techan.orders.PriceAdjustment;
import org.techan.orders.PricedLine;
import org.techan.orders.PricingStage;
import org.techan.orders.TransitionView;
import org.techan.platform.Actor;

/**
 * A delivered checkout's group as {@link OrderGroups#views} would read it back, built from the
 * values just written: a combined checkout answers its buyers from here instead of a second round
 * of reads. Amounts take the columns' two decimals the way the database rounds them; {@code at}
 * must already be whole seconds, which every server and driver stores as given.
 */
final class PlacedViews {

    private PlacedViews() {}

    static OrderGroupView group(
            String number,
            DeliveryAddress address,
            BigDecimal goods,
            BigDecimal shipping,
            Instant at,
            List<OrderView> orders,
            @Nullable BusinessTerms business,
            long buyerAccountId) {
        return new OrderGroupView(
                number,
                orders,
                address,
                money(goods),
                money(shipping),
                money(goods.add(shipping)),
                payBefore(at),
                at,
                business,
                buyerAccountId);
    }

    /** Until when a group placed at {@code at} can be paid: as long as its stock is held. */
    static Instant payBefore(Instant at) {
        return at.plus(ReserveStockCommand.DEFAULT_HOLD);
    }

    /**
     * A shop's order of the group delivered or collected at the producing base (no pickup slot),
     * waiting for payment, its lines in SKU order as they are read.
     */
    static OrderView placedOrder(
            String number,
            Fulfilment fulfilment,
            String group,
            Quotes.ShopBill bill,
            Map<Long, Integer> units,
            Actor buyer,
            DeliveryAddress address,
            @Nullable String remarks,
            @Nullable BusinessTerms business,
            Instant at) {
        List<OrderLineView> lines = bill.skus().stream()
                .sorted(Comparator.comparingLong(SkuOnSale::skuId))
                .map(sku -> {
                    PricedLine line = bill.lines().get(sku.skuId());
                    return new OrderLineView(
                            sku.skuId(),
                            sku.productId(),
                            sku.titleZh(),
                            sku.specZh(),
                            money(line.listPrice()),
                            money(line.unitPrice()),
                            line.quantity(),
                            money(line.total()),
                            line.adjustments().stream()
                                    .map(a -> adjustment(
                                            a.stage(),
                                            money(a.amount()),
                                            a.terms().label(),
                                            a.terms().source(),
                                            a.terms().funder()))
                                    .toList());
                })
                .toList();
        return new OrderView(
                number,
                group,
                bill.slug(),
                bill.nameZh(),
                OrderState.PENDING_PAYMENT,
                lines,
                money(bill.goods()),
                money(bill.shipping()),
                money(bill.total()),
                List.of(new TransitionView(
                        null, OrderState.PENDING_PAYMENT, buyer.role().name(), null, at)),
                fulfilment,
                null,
                null,
                null,
                null,
                address,
                remarks,
                bill.delivery().discount(),
                business);
    }

    /** As a DECIMAL(12,2) column keeps it: half a cent rounds away from zero. */
    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** A discount as an order keeps it: what is stored of it, so a view read back equals one just written. */
    static PriceAdjustment adjustment(
            PricingStage stage, BigDecimal amount, String label, String source, Funder funder) {
        return new PriceAdjustment(stage, amount, new DiscountTerms(label, source, funder, java.util.Set.of()));
    }
}
