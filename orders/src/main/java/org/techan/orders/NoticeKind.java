package org.techan.orders;

/**
 * What a buyer is told about: payment received, ready at the store, shipped, money back, an order
 * held because a batch in it was recalled, or a payment returned because of a recall or because
 * fresh goods passed their shelf life before it arrived.
 */
public enum NoticeKind {
    PAID,
    READY_FOR_PICKUP,
    SHIPPED,
    REFUNDED,
    RECALL_HOLD,
    RECALL_REFUNDED,
    SHELF_LIFE_REFUNDED
}
