/**
 * Public face of the seasonal-promotions bounded context (festivals, campaigns, coupons, flash sales). Other modules use only the types in this
 * package; everything in {@code .internal} is private to the module.
 */
package org.techan.promotions;
