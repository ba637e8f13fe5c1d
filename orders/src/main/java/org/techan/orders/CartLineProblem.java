package org.techan.orders;

/** Why a cart line cannot be checked out as it stands; the cart page says how to mend it. */
public enum CartLineProblem {
    /** The product was taken off sale or its shop closed. */
    NOT_ON_SALE,
    /** Fewer units left than the line asks for. */
    TOO_FEW_IN_STOCK,
    /** The quantity breaks the SKU's purchase rule (minimum, step or limit), changed since it was added. */
    PURCHASE_RULE
}
