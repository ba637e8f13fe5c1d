package org.techan.catalog;

/** Where held stock stands: still held, sold, given back, or given back because nobody paid in time. */
public enum ReservationStatus {
    HELD,
    COMMITTED,
    RELEASED,
    EXPIRED
}
