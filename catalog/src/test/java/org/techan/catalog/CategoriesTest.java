package org.techan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;

@MicronautTest(transactional = false)
class CategoriesTest {

    @Inject
    CatalogApi catalog;

    @Test
    void shouldOfferTheProduceFamiliesInDisplayOrder() {
        assertThat(catalog.categories().stream().filter(c -> c.parentSlug() == null))
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
    void shouldLetOperatorsAloneAddSubCategoriesListedUnderTheirParent() {
        Actor operator = new Actor(1, Role.OPERATOR);
        CategoryView whiteTea =
                catalog.addCategory(operator, new AddCategoryCommand("white-tea", "白茶", "White tea", "tea"));

        assertThat(whiteTea.parentSlug()).isEqualTo("tea");
        List<String> slugs =
                catalog.categories().stream().map(CategoryView::slug).toList();
        assertThat(slugs.indexOf("white-tea"))
                .as("children follow their parent")
                .isEqualTo(slugs.indexOf("tea") + 1);
        assertThatThrownBy(() ->
                        catalog.addCategory(operator, new AddCategoryCommand("white-tea", "白茶", "White tea", "tea")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> catalog.addCategory(
                        operator, new AddCategoryCommand("moon-rocks", "月岩", "Moon rocks", "space")))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> catalog.addCategory(
                        new Actor(2, Role.SHOP_STAFF), new AddCategoryCommand("black-tea", "黑茶", "Dark tea", "tea")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> catalog.addRegion(
                        new Actor(2, Role.SHOP_STAFF), new AddRegionCommand("810000000000", "香港", "Hong Kong")))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void shouldReturn404ForAnUnknownCategory() {
        assertThatThrownBy(() -> catalog.category("spaceships"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("category.not-found");
    }
}
