package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A published product as its page shows it: the product, where it comes from (province first), its category. */
@Serdeable
public record ProductDetail(ProductView product, List<RegionView> origin, CategoryView category) {}
