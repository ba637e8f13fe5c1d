/**
 * Public face of the seasonal-promotions bounded context (festivals, campaigns, coupons, flash sales). Other modules use only the types in this
 * package; everything in {@code .internal} is private to the module.
 */
@ApplicationModule(allowedDependencies = {"orders", "search", "catalog", "platform"})
package org.techan.promotions;

import org.techan.platform.ApplicationModule;
