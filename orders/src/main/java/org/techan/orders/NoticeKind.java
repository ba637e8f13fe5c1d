package org.techan.orders;

/**
 * What a buyer is told about: payment received, ready at the store, shipped, money back, an order
 * held because a batch in it was recalled, or a payment returned because of a recall or because
 * fresh goods passed their shelf life before it arrived, and an after-sale request answered (goods
 * asked back, refused, or a dispute decided for the shop), and a line of a bulk order that waits for
 * the buyer's answer (weighed short, or packed in a lower grade); and, for the members of a business
 * buyer's organisation, a purchase request waiting for an approver, approved or refused.
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
    GRADE_LOWER,
    /** A colleague's purchase request (采购申请) waits for this approver's answer. */
    REQUISITION_WAITING,
    /** The buyer's purchase request was approved: it may be placed now. */
    REQUISITION_APPROVED,
    /** The buyer's purchase request was refused, with the approver's reason. */
    REQUISITION_REFUSED;

    /** Whether a notice of this kind is about a member's purchase request rather than a checkout. */
    public boolean aboutRequisition() {
        return this == REQUISITION_WAITING || this == REQUISITION_APPROVED || this == REQUISITION_REFUSED;
    }
}
