package org.techan.orders;

/**
 * What a buyer is told about: payment received, ready at the store, shipped, money back, an order
 * held because a batch in it was recalled, or a payment returned because of a recall or because
 * fresh goods passed their shelf life before it arrived, and an after-sale request answered (goods
 * asked back, refused, or a dispute decided for the shop), and a line of a bulk order that waits for
 * the buyer's answer (weighed short, or packed in a lower grade).
 */
public enum NoticeKind {
    PAID,
    READY_FOR_PICKUP,
    SHIPPED,
    REFUNDED,
    RECALL_HOLD,
    RECALL_REFUNDED,
    SHELF_LIFE_REFUNDED,
    AFTER_SALE_RETURN,
    AFTER_SALE_REFUSED,
    AFTER_SALE_UPHELD,
    /** A line of a bulk order weighed short beyond its tolerance: the buyer takes or refuses it. */
    WEIGHT_SHORT,
    /** A line of a bulk order packed in a lower grade: the buyer takes it at the shop's price or refuses it. */
    GRADE_LOWER
}
