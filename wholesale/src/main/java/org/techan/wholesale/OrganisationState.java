package org.techan.wholesale;

/** Where an organisation's application stands: an operator verifies it or refuses it with a reason. */
public enum OrganisationState {
    PENDING,
    VERIFIED,
    REFUSED
}
