package org.techan.catalog;

/** SUBMITTED by a shop, then VERIFIED or REJECTED by an operator; a decision is final. */
public enum CertificateStatus {
    SUBMITTED,
    VERIFIED,
    REJECTED
}
