package org.techan.storefront.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssortmentTest {

    record Item(String name, String shop, String category) {}

    @Test
    void oneProductAShopAndAFewACategoryComeFirst() {
        List<Item> candidates = List.of(
                new Item("蜜桔 特级", "nanfeng", "fresh-fruit"),
                new Item("蜜桔 一级", "nanfeng", "fresh-fruit"),
                new Item("蜜桔 二级", "nanfeng", "fresh-fruit"),
                new Item("脐橙", "ganzhou", "fresh-fruit"),
                new Item("芒果", "baise", "fresh-fruit"),
                new Item("大闸蟹", "yangcheng", "aquatic"),
                new Item("藤茶", "laifeng", "tea"));

        List<String> shelf = Assortment.mixed(candidates, Item::shop, Item::category, 5).stream()
                .map(Item::name)
                .toList();

        assertThat(shelf)
                .as("one tangerine, two fruits at first, every shop before a second product of one")
                .containsExactly("蜜桔 特级", "脐橙", "大闸蟹", "藤茶", "芒果");
        assertThat(Assortment.mixed(candidates, Item::shop, Item::category, 7))
                .as("what is left fills the shelf")
                .hasSize(7);
        assertThat(Assortment.mixed(candidates.subList(0, 3), Item::shop, Item::category, 5))
                .hasSize(3);
    }
}
