package org.techan.catalog;

/** A shop's standing: it applies, an operator approves it, and may suspend and reinstate it. */
public enum ShopStatus {
    APPLIED,
    APPROVED,
    SUSPENDED;

    public boolean canBecome(ShopStatus next) {
        return switch (this) {
            case APPLIED -> next == APPROVED;
            case APPROVED -> next == SUSPENDED;
            case SUSPENDED -> next == APPROVED;
        };
    }

    /** Only approved shops are shown to shoppers. */
    public boolean isOpen() {
        return this == APPROVED;
    }
}
