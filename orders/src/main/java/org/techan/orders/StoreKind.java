package org.techan.orders;

/** What kind of place a community pickup store is. */
public enum StoreKind {
    CONVENIENCE_STORE,
    POSTAL_STATION,
    PARCEL_LOCKER
}
