package org.techan.orders.internal;

import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.techan.orders.AfterSaleAnswered;
import org.techan.orders.NoticeKind;
import org.techan.orders.OrderGroupView;
import org.techan.orders.OrderPaid;
import org.techan.orders.OrderPastShelfLife;
import org.techan.orders.OrderRecalled;
import org.techan.orders.OrderRefunded;
import org.techan.orders.OrderShipped;
import org.techan.orders.OrderView;
import org.techan.orders.PickupReady;
import org.techan.orders.PickupView;
import org.techan.platform.MarketCalendar;
import org.techan.platform.OutboxSubscriber;

/**
 * Tells buyers what happened to their orders, from the orders outbox: each event becomes one
 * notice (its event id makes a redelivery add nothing), so nothing told is lost with a process.
 */
final class NoticeReactions {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private NoticeReactions() {}

    private static OrderView order(OrderGroupView group, String orderNumber) {
        return group.orders().stream()
                .filter(o -> o.number().equals(orderNumber))
                .findFirst()
                .orElseThrow();
    }

    @Singleton
    static class Paid implements OutboxSubscriber<OrderPaid> {

        private final OrderGroups groups;
        private final Notices notices;

        Paid(OrderGroups groups, Notices notices) {
            this.groups = groups;
            this.notices = notices;
        }

        @Override
        public Class<OrderPaid> eventType() {
            return OrderPaid.class;
        }

        @Override
        public void on(OrderPaid event, String eventId) {
            groups.byNumber(event.groupNumber())
                    .ifPresent(group -> notices.tell(
                            eventId,
                            NoticeKind.PAID,
                            group.number(),
                            null,
                            List.of(group.total().toPlainString())));
        }
    }

    @Singleton
    static class Ready implements OutboxSubscriber<PickupReady> {

        private final OrderGroups groups;
        private final Notices notices;

        Ready(OrderGroups groups, Notices notices) {
            this.groups = groups;
            this.notices = notices;
        }

        @Override
        public Class<PickupReady> eventType() {
            return PickupReady.class;
        }

        @Override
        public void on(PickupReady event, String eventId) {
            groups.byNumber(event.groupNumber()).ifPresent(group -> {
                PickupView pickup = order(group, event.orderNumber()).pickup();
                notices.tell(
                        eventId,
                        NoticeKind.READY_FOR_PICKUP,
                        group.number(),
                        event.orderNumber(),
                        List.of(
                                pickup.code() == null ? "" : pickup.code(),
                                pickup.store().nameZh(),
                                pickup.store().street(),
                                pickup.collectBy() == null
                                        ? ""
                                        : LOCAL.format(pickup.collectBy().atZone(MarketCalendar.ZONE))));
            });
        }
    }

    @Singleton
    static class Shipped implements OutboxSubscriber<OrderShipped> {

        private final OrderGroups groups;
        private final Notices notices;

        Shipped(OrderGroups groups, Notices notices) {
            this.groups = groups;
            this.notices = notices;
        }

        @Override
        public Class<OrderShipped> eventType() {
            return OrderShipped.class;
        }

        @Override
        public void on(OrderShipped event, String eventId) {
            groups.byNumber(event.groupNumber()).ifPresent(group -> {
                OrderView order = order(group, event.orderNumber());
                notices.tell(
                        eventId,
                        NoticeKind.SHIPPED,
                        group.number(),
                        order.number(),
                        List.of(order.carrier(), order.trackingNumber()));
            });
        }
    }

    @Singleton
    static class Refunded implements OutboxSubscriber<OrderRefunded> {

        private final OrderGroups groups;
        private final Notices notices;

        Refunded(OrderGroups groups, Notices notices) {
            this.groups = groups;
            this.notices = notices;
        }

        @Override
        public Class<OrderRefunded> eventType() {
            return OrderRefunded.class;
        }

        @Override
        public void on(OrderRefunded event, String eventId) {
            groups.byOrderNumber(event.orderNumber())
                    .ifPresent(group -> notices.tell(
                            eventId,
                            NoticeKind.REFUNDED,
                            group.number(),
                            event.orderNumber(),
                            List.of(event.amount().toPlainString())));
        }
    }

    @Singleton
    static class Recalled implements OutboxSubscriber<OrderRecalled> {

        private final OrderGroups groups;
        private final Notices notices;

        Recalled(OrderGroups groups, Notices notices) {
            this.groups = groups;
            this.notices = notices;
        }

        @Override
        public Class<OrderRecalled> eventType() {
            return OrderRecalled.class;
        }

        @Override
        public void on(OrderRecalled event, String eventId) {
            groups.byNumber(event.groupNumber()).ifPresent(group -> {
                OrderView order = order(group, event.orderNumber());
                notices.tell(
                        eventId,
                        event.refunded() ? NoticeKind.RECALL_REFUNDED : NoticeKind.RECALL_HOLD,
                        group.number(),
                        order.number(),
                        List.of(
                                event.refunded() ? order.total().toPlainString() : event.traceCode(),
                                order.shopNameZh()));
            });
        }
    }

    @Singleton
    static class PastShelfLife implements OutboxSubscriber<OrderPastShelfLife> {

        private final OrderGroups groups;
        private final Notices notices;

        PastShelfLife(OrderGroups groups, Notices notices) {
            this.groups = groups;
            this.notices = notices;
        }

        @Override
        public Class<OrderPastShelfLife> eventType() {
            return OrderPastShelfLife.class;
        }

        @Override
        public void on(OrderPastShelfLife event, String eventId) {
            groups.byNumber(event.groupNumber()).ifPresent(group -> {
                OrderView order = order(group, event.orderNumber());
                notices.tell(
                        eventId,
                        NoticeKind.SHELF_LIFE_REFUNDED,
                        group.number(),
                        order.number(),
                        List.of(order.total().toPlainString(), order.shopNameZh()));
            });
        }
    }

    @Singleton
    static class AfterSaleAnswers implements OutboxSubscriber<AfterSaleAnswered> {

        private final OrderGroups groups;
        private final Notices notices;

        AfterSaleAnswers(OrderGroups groups, Notices notices) {
            this.groups = groups;
            this.notices = notices;
        }

        @Override
        public Class<AfterSaleAnswered> eventType() {
            return AfterSaleAnswered.class;
        }

        @Override
        public void on(AfterSaleAnswered event, String eventId) {
            groups.byNumber(event.groupNumber()).ifPresent(group -> {
                OrderView order = order(group, event.orderNumber());
                NoticeKind kind =
                        switch (event.state()) {
                            case GOODS_REQUESTED -> NoticeKind.AFTER_SALE_RETURN;
                            case REFUSED -> NoticeKind.AFTER_SALE_REFUSED;
                            default -> NoticeKind.AFTER_SALE_UPHELD;
                        };
                notices.tell(
                        eventId,
                        kind,
                        group.number(),
                        order.number(),
                        List.of(event.note() == null ? "" : event.note(), order.shopNameZh()));
            });
        }
    }
}
