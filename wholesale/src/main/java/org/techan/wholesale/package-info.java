/**
 * Public face of the wholesale bounded context (buyer organisations and their members, wholesale
 * offers, bulk orders). Other modules use only the types in this package; everything in {@code
 * .internal} is private to the module. It plugs into orders through the pricing pipeline and
 * orders' public face, and into search through its wholesale listings port; neither names any of
 * its classes.
 */
@ApplicationModule(allowedDependencies = {"orders", "search", "catalog", "platform"})
package org.techan.wholesale;

import org.techan.platform.ApplicationModule;
