package org.techan.wholesale.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.techan.platform.SqlScript;
import org.techan.search.WholesaleListing;
import org.techan.search.WholesaleListings;

/**
 * What the search index holds of products' wholesale offers, for the wholesale catalogue's filters:
 * grades, packs, the smallest minimum order, and the shop's producing base. Offers and bases queue
 * the products they change for indexing.
 */
@Singleton
class CatalogueListings implements WholesaleListings {

    private final WholesaleSql sql;

    CatalogueListings(WholesaleSql sql) {
        this.sql = sql;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, WholesaleListing> of(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        record Row(long productId, String grade, String pack, int minPacks, String base) {}
        Map<Long, Set<String>> grades = new HashMap<>();
        Map<Long, Set<String>> packs = new HashMap<>();
        Map<Long, Integer> fewest = new HashMap<>();
        Map<Long, String> bases = new HashMap<>();
        sql.query(
                        "SELECT o.product_id, o.grade, o.pack, o.min_packs, b.shop_slug FROM wholesale_offer o"
                                + " LEFT JOIN wholesale_producing_base b ON b.shop_slug = o.shop_slug"
                                + " WHERE o.product_id IN (" + SqlScript.rows("?", productIds.size()) + ")",
                        row -> new Row(
                                row.getLong(1), row.getString(2), row.getString(3), row.getInt(4), row.getString(5)),
                        productIds.toArray())
                .forEach(row -> {
                    Set<String> productGrades = grades.computeIfAbsent(row.productId(), id -> new HashSet<>());
                    if (row.grade() != null) {
                        productGrades.add(row.grade());
                    }
                    packs.computeIfAbsent(row.productId(), id -> new HashSet<>())
                            .add(row.pack());
                    fewest.merge(row.productId(), row.minPacks(), Math::min);
                    if (row.base() != null) {
                        bases.put(row.productId(), row.base());
                    }
                });
        Map<Long, WholesaleListing> listings = new HashMap<>();
        fewest.forEach((product, packsAtLeast) -> listings.put(
                product,
                new WholesaleListing(grades.get(product), packs.get(product), packsAtLeast, bases.get(product))));
        return listings;
    }
}
