package org.techan.orders;

/** Why a buyer asks for money back, as the shop and, in a dispute, the operator read it. */
public enum AfterSaleReason {
    QUALITY,
    DAMAGED,
    WRONG_ITEM,
    MISSING,
    NOT_RECEIVED,
    OTHER
}
