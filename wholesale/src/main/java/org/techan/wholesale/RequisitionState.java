package org.techan.wholesale;

/** Where a quick order above the organisation's threshold stands. */
public enum RequisitionState {
    /** Sent, waiting for an approver. */
    WAITING,
    /** Approved: its buyer may place it. */
    APPROVED,
    /** Refused, with the approver's reason. */
    REFUSED,
    /** Placed: it became orders. */
    PLACED
}
