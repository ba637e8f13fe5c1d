package org.techan.wholesale;

/** Where a line packed in a lower grade stands: waiting for the buyer, taken at the offered price, or refused. */
public enum GradeChangeState {
    WAITING,
    ACCEPTED,
    REFUSED
}
