package org.techan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.NotFoundException;

/**
 * Product pages come from memory once read, and are read afresh as soon as their product changes:
 * at once on the replica that changed it, and within a second or two on every other replica, which
 * learns of it from the catalog's outbox (played here by writing the event row straight into the
 * table, as another replica's transaction would).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopperCacheTest {

    private static final String VILLAGE = "451002100202";

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @BeforeAll
    void baise() {
        market.regions(VILLAGE, "广西壮族自治区/Guangxi", "百色市/Baise", "右江区/Youjiang", "阳圩镇", "龙眼村");
    }

    @Test
    void shouldServeAProductPageFromMemoryUntilAnotherReplicaPublishesItsChange() {
        TestMarketplace.Shop shop =
                market.aShop("cache-longan-" + serial()).inVillage(VILLAGE).open();
        TestMarketplace.Product longan = market.aProduct(shop, "百色龙眼 石硖").create();
        assertThat(catalog.productDetail(longan.id()).product().titleZh()).isEqualTo("百色龙眼 石硖");

        sql("UPDATE catalog_product SET title_zh = '百色龙眼 储良' WHERE id = ?", longan.id());
        assertThat(catalog.productDetail(longan.id()).product().titleZh())
                .as("a change that told nobody: the page still comes from memory")
                .isEqualTo("百色龙眼 石硖");

        sql(
                "INSERT INTO catalog_outbox (event_id, event_type, payload) VALUES ('" + UUID.randomUUID() + "', '"
                        + ProductChanged.class.getName() + "', ?)",
                "{\"productId\":" + longan.id() + "}");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                        catalog.productDetail(longan.id()).product().titleZh())
                .isEqualTo("百色龙眼 储良"));
    }

    @Test
    void shouldShowAChangeMadeHereAtOnce() {
        TestMarketplace.Shop shop =
                market.aShop("cache-mango-" + serial()).inVillage(VILLAGE).open();
        TestMarketplace.Product mango = market.aProduct(shop, "百色芒果 台农").create();
        assertThat(catalog.productDetail(mango.id()).product().titleZh()).isEqualTo("百色芒果 台农");
        assertThat(catalog.shopDetail(shop.slug(), 0, 20).products().items())
                .extracting(ProductView::id)
                .contains(mango.id());

        catalog.unpublishProduct(shop.staff(), mango.id());
        assertThatThrownBy(() -> catalog.productDetail(mango.id())).isInstanceOf(NotFoundException.class);
        assertThat(catalog.shopDetail(shop.slug(), 0, 20).products().items())
                .extracting(ProductView::id)
                .doesNotContain(mango.id());

        catalog.changeShopStatus(TestMarketplace.OPERATOR, shop.slug(), ShopStatus.SUSPENDED);
        assertThatThrownBy(() -> catalog.shopDetail(shop.slug(), 0, 20)).isInstanceOf(NotFoundException.class);
    }

    private static String serial() {
        return Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    private void sql(String statement, Object parameter) {
        transactions.executeWrite(status -> {
            try (PreparedStatement update = jdbc.getConnection().prepareStatement(statement)) {
                update.setObject(1, parameter);
                return update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
