package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;

/** The home page's model; pavilions and featured products join it as the catalog grows. */
@Introspected
record HomePage() {}
