package org.techan.orders;

/** What a buyer is told about: payment received, ready at the store, shipped, money back. */
public enum NoticeKind {
    PAID,
    READY_FOR_PICKUP,
    SHIPPED,
    REFUNDED
}
