package org.techan.orders;

/** Who pays for a discount: recorded per line, so settlement knows whom to charge. */
public enum Funder {
    PLATFORM,
    SHOP,
    /** A pavilion, or the local government behind it (a county's consumption subsidy, say). */
    PAVILION
}
