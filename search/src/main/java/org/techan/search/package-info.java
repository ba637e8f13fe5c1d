/**
 * Public face of the search bounded context (product index and queries). Other modules use only the types in this
 * package; everything in {@code .internal} is private to the module.
 */
@ApplicationModule(allowedDependencies = {"catalog", "platform"})
package org.techan.search;

import org.techan.platform.ApplicationModule;
