package org.techan.promotions;

/** A shop's SKU in a campaign: waiting for review, approved (sold at the campaign price while live) or refused. */
public enum EnrolmentState {
    PENDING,
    APPROVED,
    REFUSED
}
