package org.techan.catalog;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An open shop as its page shows it: the shop, where its village lies (province first), a page of its products. */
@Serdeable
public record ShopDetail(ShopView shop, List<RegionView> location, PageOf<ProductView> products) {}
