package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import java.util.List;
import org.techan.catalog.PavilionView;

/** The home page's model: the pavilions to visit (featured products join as the catalog grows). */
@Introspected
record HomePage(List<PavilionView> pavilions) {}
