/**
 * Public face of the wholesale bounded context (buyer organisations and their members, wholesale
 * offers, bulk orders). Other modules use only the types in this package; everything in {@code
 * .internal} is private to the module. It plugs into orders through the pricing pipeline and
 * orders' public face; orders names none of its classes.
 */
@ApplicationModule(allowedDependencies = {"orders", "catalog", "platform"})
package org.techan.wholesale;

import org.techan.platform.ApplicationModule;
