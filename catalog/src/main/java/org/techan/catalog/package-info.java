/**
 * Public face of the catalog bounded context (regions, shops, products, stock). Other modules use only the types in this
 * package; everything in {@code .internal} is private to the module.
 */
@ApplicationModule(allowedDependencies = {"platform"})
package org.techan.catalog;

import org.techan.platform.ApplicationModule;
