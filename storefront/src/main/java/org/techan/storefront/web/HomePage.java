package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import java.util.List;
import org.techan.catalog.PavilionView;
import org.techan.catalog.ProductView;

/** The home page's model: the pavilions to visit and what is in season this month. */
@Introspected
record HomePage(List<PavilionView> pavilions, int month, List<ProductView> inSeason) {}
