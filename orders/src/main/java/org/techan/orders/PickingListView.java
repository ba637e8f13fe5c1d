package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a shop packs into one parcel for one store and collection day: the units per SKU across
 * all the orders collected there that day, and the orders (each labelled inside the parcel).
 */
@Serdeable
public record PickingListView(StoreView store, LocalDate day, List<String> orderNumbers, List<Item> items) {

    @Serdeable
    public record Item(long skuId, String titleZh, String specZh, int quantity) {}

    public int units() {
        return items.stream().mapToInt(Item::quantity).sum();
    }
}
