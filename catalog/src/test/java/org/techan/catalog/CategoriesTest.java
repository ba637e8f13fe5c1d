package org.techan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.techan.platform.NotFoundException;

@MicronautTest(transactional = false)
class CategoriesTest {

    @Inject
    CatalogApi catalog;

    @Test
    void shouldOfferTheProduceFamiliesInDisplayOrder() {
        assertThat(catalog.categories())
                .extracting(CategoryView::slug)
                .containsExactly(
                        "fresh-fruit",
                        "vegetables",
                        "tea",
                        "edible-fungi",
                        "honey",
                        "dried-preserved-fruit",
                        "edible-oils",
                        "grains",
                        "meat-eggs",
                        "aquatic-products",
                        "handicrafts");
        assertThat(catalog.category("dried-preserved-fruit").nameZh()).isEqualTo("蜜饯果干");
    }

    @Test
    void shouldReturn404ForAnUnknownCategory() {
        assertThatThrownBy(() -> catalog.category("spaceships"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("category.not-found");
    }
}
