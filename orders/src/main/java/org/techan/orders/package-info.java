/**
 * Public face of the orders bounded context (carts, orders, fulfilment, payments). Other modules use only the types in this
 * package; everything in {@code .internal} is private to the module.
 */
@ApplicationModule(allowedDependencies = {"catalog", "platform"})
package org.techan.orders;

import org.techan.platform.ApplicationModule;
