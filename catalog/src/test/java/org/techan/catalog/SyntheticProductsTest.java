package org.techan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.catalog.tools.SyntheticCatalog;
import org.techan.platform.Actor;
import org.techan.platform.NotAllowedException;
import org.techan.platform.Role;

/** The benchmark generator, kept small here; region codes 37… (Shandong) are used by no other test. */
@MicronautTest(transactional = false)
class SyntheticProductsTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    SyntheticCatalog synthetic;

    @Test
    void shouldCreatePublishedProductsWithStockInSyntheticShops() {
        market.regions("370681100201", "山东省/Shandong", "烟台市/Yantai", "龙口市/Longkou", "东莱街道", "粉丝村");
        long before = catalog.publishedProducts(ProductQuery.everything(), 0, 1).total();

        assertThat(synthetic.generate(OPERATOR, RegionCode.parse("37"), 2_500, 7))
                .isEqualTo(2_500);

        assertThat(catalog.publishedProducts(ProductQuery.everything(), 0, 1).total())
                .isEqualTo(before + 2_500);
        PageOf<ProductView> third =
                catalog.publishedProducts(new ProductQuery(null, RegionCode.parse("37"), "synthetic-3"), 0, 100);
        assertThat(third.total()).as("1,000 per shop, the rest in the third").isEqualTo(500);
        assertThat(third.items()).allSatisfy(product -> {
            assertThat(product.skus()).hasSize(1);
            assertThat(product.priceFrom()).isPositive();
        });
        assertThatThrownBy(() -> synthetic.generate(new Actor(2, Role.SHOP_STAFF), null, 10, 1))
                .isInstanceOf(NotAllowedException.class);
    }
}
