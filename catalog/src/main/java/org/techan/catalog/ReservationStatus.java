package org.techan.catalog;

/**
 * Where held stock stands: still held, sold, given back, given back because nobody paid in time,
 * or given back at payment because a batch it held was recalled, or passed its shelf life, and no
 * other batch had the units.
 */
public enum ReservationStatus {
    HELD,
    COMMITTED,
    RELEASED,
    EXPIRED,
    RECALLED,
    OUT_OF_DATE
}
