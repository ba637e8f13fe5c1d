/**
 * Public face of the orders bounded context (carts, orders, fulfilment, payments). Other modules use only the types in this
 * package; everything in {@code .internal} is private to the module.
 */
package org.techan.orders;
