package org.techan.platform;

/**
 * The version of the user agreement and privacy policy now in force (both change together); a
 * sign-up records that the shopper accepted exactly this version.
 */
public record LegalTerms(String version) {}
