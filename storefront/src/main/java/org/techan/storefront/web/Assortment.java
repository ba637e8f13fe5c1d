package org.techan.storefront.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A shelf that shows the range: from candidates in their order, one product a shop and at most
 * two a category first, then further shops' products, then whatever is left. A shop that lists
 * eight grades of one tangerine gets one place, not eight.
 */
final class Assortment {

    private static final int PER_CATEGORY = 2;

    private Assortment() {}

    static <T> List<T> mixed(List<T> candidates, Function<T, String> shop, Function<T, String> category, int wanted) {
        Set<T> picked = new LinkedHashSet<>();
        Set<String> shops = new HashSet<>();
        Map<String, Integer> categories = new HashMap<>();
        for (T candidate : candidates) {
            if (picked.size() == wanted) {
                break;
            }
            if (!shops.contains(shop.apply(candidate))
                    && categories.getOrDefault(category.apply(candidate), 0) < PER_CATEGORY) {
                take(candidate, picked, shops, categories, shop, category);
            }
        }
        for (T candidate : candidates) {
            if (picked.size() < wanted && !shops.contains(shop.apply(candidate))) {
                take(candidate, picked, shops, categories, shop, category);
            }
        }
        for (T candidate : candidates) {
            if (picked.size() < wanted) {
                picked.add(candidate);
            }
        }
        return new ArrayList<>(picked);
    }

    private static <T> void take(
            T candidate,
            Set<T> picked,
            Set<String> shops,
            Map<String, Integer> categories,
            Function<T, String> shop,
            Function<T, String> category) {
        picked.add(candidate);
        shops.add(shop.apply(candidate));
        categories.merge(category.apply(candidate), 1, Integer::sum);
    }
}
