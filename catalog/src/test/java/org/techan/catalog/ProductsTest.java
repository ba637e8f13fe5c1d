package org.techan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Actor;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;

/** Products of Baise (百色) mango and tea shops in Guangxi; region codes 45…. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductsTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);
    private static final String VILLAGE = "451002100201";
    private static final AtomicInteger SERIAL = new AtomicInteger(1);

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
        market.regions(VILLAGE, "广西壮族自治区/Guangxi", "百色市/Baise", "右江区/Youjiang", "阳圩镇", "芒果村");
    }

    @Test
    void shouldKeepADraftFromShoppersUntilItsOpenShopPublishesIt() {
        Actor staff = staffOfNewShop("baise-mango", false);
        ProductView draft = catalog.createProduct(staff, mango("百色芒果 桂七"));

        assertThat(draft.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(draft.skus()).extracting(SkuView::specZh).containsExactly("5 斤装", "10 斤装");
        assertThat(draft.priceFrom()).isEqualByComparingTo("39.90");
        assertThat(draft.harvestMonths()).containsExactly(6, 7, 8);
        assertThatThrownBy(() -> catalog.publishedProduct(draft.id())).isInstanceOf(NotFoundException.class);

        assertThatThrownBy(() -> catalog.publishProduct(staff, draft.id()))
                .isInstanceOf(RuleViolationException.class)
                .extracting("messageKey")
                .isEqualTo("product.publish.shop-not-open");

        catalog.changeShopStatus(OPERATOR, "baise-mango", ShopStatus.APPROVED);
        ProductView published = catalog.publishProduct(staff, draft.id());

        assertThat(published.status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(catalog.publishedProduct(draft.id()).titleZh()).isEqualTo("百色芒果 桂七");
        assertThat(catalog.publishedProducts(new ProductQuery("fresh-fruit", RegionCode.parse("45"), null), 0, 50)
                        .items())
                .extracting(ProductView::id)
                .contains(draft.id());
        assertThat(catalog.publishedProducts(new ProductQuery("tea", RegionCode.parse("45"), null), 0, 50)
                        .items())
                .extracting(ProductView::id)
                .doesNotContain(draft.id());
        assertThat(outboxEvents("ProductPublished", draft.id())).isEqualTo(1);
    }

    @Test
    void shouldAnnounceChangesToPublishedProductsOnly() {
        Actor staff = staffOfNewShop("baise-tea", true);
        ProductView product = catalog.createProduct(staff, mango("凌云白毫 明前"));
        catalog.reviseProduct(staff, product.id(), mango("凌云白毫 明前特级"));
        assertThat(outboxEvents("ProductChanged", product.id()))
                .as("a draft's edits")
                .isZero();

        catalog.publishProduct(staff, product.id());
        catalog.reviseProduct(staff, product.id(), mango("凌云白毫 2026 明前特级"));
        catalog.reviseSku(
                staff,
                product.skus().get(0).id(),
                new SkuCommand("5 斤装", null, SaleUnit.BOX, 2500, new BigDecimal("45")));
        catalog.unpublishProduct(staff, product.id());

        assertThat(outboxEvents("ProductChanged", product.id())).isEqualTo(2);
        assertThat(outboxEvents("ProductUnpublished", product.id())).isEqualTo(1);
        ProductView now = catalog.product(staff, product.id());
        assertThat(now.titleZh()).isEqualTo("凌云白毫 2026 明前特级");
        assertThat(now.skus().get(0).price()).isEqualByComparingTo("45.00");
        assertThat(now.skus().get(0).id())
                .as("SKU ids survive edits")
                .isEqualTo(product.skus().get(0).id());
        assertThatThrownBy(() -> catalog.publishedProduct(product.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldHideOneShopsProductsFromAnotherShopsStaff() {
        Actor owner = staffOfNewShop("baise-owner", true);
        Actor other = staffOfNewShop("baise-other", true);
        ProductView product = catalog.createProduct(owner, mango("右江芒果"));
        long skuId = product.skus().get(0).id();

        assertThatThrownBy(() -> catalog.product(other, product.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> catalog.reviseProduct(other, product.id(), mango("抢来的芒果")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> catalog.publishProduct(other, product.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> catalog.addSku(other, product.id(), sku("1 斤", "9.90")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> catalog.reviseSku(other, skuId, sku("1 斤", "0.01")))
                .isInstanceOf(NotFoundException.class);
        assertThat(catalog.ownProducts(other, 0, 50).items())
                .extracting(ProductView::id)
                .doesNotContain(product.id());

        ProductView unchanged = catalog.product(owner, product.id());
        assertThat(unchanged.titleZh()).isEqualTo("右江芒果");
        assertThat(unchanged.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(unchanged.skus()).hasSize(2);
        assertThat(unchanged.skus().get(0).price()).isEqualByComparingTo("39.90");
        assertThat(catalog.product(OPERATOR, product.id()).id())
                .as("operators see every shop")
                .isEqualTo(product.id());
    }

    @Test
    void shouldRefuseBadProductsAndSaveNothing() {
        Actor staff = staffOfNewShop("baise-strict", true);
        assertRefused(staff, withTitle(""), "product.title.required");
        assertRefused(staff, withCategory("no-such-category"), "product.category.invalid");
        assertRefused(staff, withOrigin("990000000000"), "product.origin.invalid");
        assertRefused(staff, withSkus(List.of()), "product.skus.required");
        assertRefused(staff, withSkus(List.of(sku("5 斤装", "39.90"), sku("10 斤装", "-1"))), "sku.price.invalid");
        assertRefused(staff, withSkus(List.of(sku("5 斤装", "39.999"))), "sku.price.invalid");
        assertRefused(
                staff,
                withSkus(List.of(new SkuCommand("5 斤装", null, null, 2500, BigDecimal.TEN))),
                "sku.unit.required");
        assertRefused(staff, withMonths(List.of(6, 13)), "product.months.invalid");

        assertThat(catalog.ownProducts(staff, 0, 50).total()).isZero();
    }

    @Test
    void shouldImportAllRowsOrNoneAndNameEveryBadRow() {
        Actor staff = staffOfNewShop("baise-import", true);

        ImportReport refused = catalog.importProducts(
                staff, List.of(mango("芒果一号"), withTitle(""), withSkus(List.of(sku("5 斤装", "0")))));

        assertThat(refused.imported()).isZero();
        assertThat(refused.problems())
                .extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(tuple(2, "product.title.required"), tuple(3, "sku.price.invalid"));
        assertThat(catalog.ownProducts(staff, 0, 10).total())
                .as("nothing half-imported")
                .isZero();

        ImportReport imported = catalog.importProducts(staff, List.of(mango("芒果一号"), mango("芒果二号")));

        assertThat(imported.succeeded()).isTrue();
        assertThat(catalog.ownProducts(staff, 0, 10).items())
                .extracting(ProductView::titleZh, ProductView::status)
                .containsExactlyInAnyOrder(tuple("芒果一号", ProductStatus.DRAFT), tuple("芒果二号", ProductStatus.DRAFT));
    }

    @Test
    void shouldHideProductsOfASuspendedShop() {
        Actor staff = staffOfNewShop("baise-suspended", true);
        ProductView product = catalog.publishProduct(
                staff, catalog.createProduct(staff, mango("田东香芒")).id());
        assertThat(catalog.publishedProduct(product.id()).id()).isEqualTo(product.id());

        catalog.changeShopStatus(OPERATOR, "baise-suspended", ShopStatus.SUSPENDED);

        assertThatThrownBy(() -> catalog.publishedProduct(product.id())).isInstanceOf(NotFoundException.class);
        assertThat(catalog.publishedProducts(new ProductQuery(null, null, "baise-suspended"), 0, 10)
                        .total())
                .isZero();
    }

    private void assertRefused(Actor staff, SaveProductCommand command, String messageKey) {
        assertThatThrownBy(() -> catalog.createProduct(staff, command))
                .isInstanceOf(RuleViolationException.class)
                .extracting("messageKey")
                .isEqualTo(messageKey);
    }

    private Actor staffOfNewShop(String slug, boolean approved) {
        int serial = SERIAL.incrementAndGet();
        TestMarketplace.ShopBuilder shop = market.aShop(slug)
                .named("百色果品合作社" + serial)
                .inVillage(VILLAGE)
                .selling("芒果")
                .contact("韦先生", "13907760000")
                .staff(slug + ".staff", "mango-2026-pw");
        return (approved ? shop : shop.pending()).open().staff();
    }

    private static SaveProductCommand mango(String title) {
        return new SaveProductCommand(
                "fresh-fruit",
                title,
                "Baise mango",
                "百色右江河谷的桂七芒果，树上自然成熟。",
                null,
                "451002",
                TemperatureClass.AMBIENT,
                10,
                List.of(6, 7, 8),
                true,
                List.of(sku("5 斤装", "39.90"), sku("10 斤装", "69.00")));
    }

    private static SkuCommand sku(String spec, String price) {
        return new SkuCommand(spec, null, SaleUnit.BOX, 2500, new BigDecimal(price));
    }

    private static SaveProductCommand withTitle(String title) {
        return mango(title);
    }

    private static SaveProductCommand withCategory(String category) {
        SaveProductCommand m = mango("芒果");
        return new SaveProductCommand(
                category,
                m.titleZh(),
                m.titleEn(),
                m.descriptionZh(),
                m.descriptionEn(),
                m.originCode(),
                m.temperature(),
                m.shelfLifeDays(),
                m.harvestMonths(),
                m.povertyRelief(),
                m.skus());
    }

    private static SaveProductCommand withOrigin(String origin) {
        SaveProductCommand m = mango("芒果");
        return new SaveProductCommand(
                m.categorySlug(),
                m.titleZh(),
                m.titleEn(),
                m.descriptionZh(),
                m.descriptionEn(),
                origin,
                m.temperature(),
                m.shelfLifeDays(),
                m.harvestMonths(),
                m.povertyRelief(),
                m.skus());
    }

    private static SaveProductCommand withSkus(List<SkuCommand> skus) {
        SaveProductCommand m = mango("芒果");
        return new SaveProductCommand(
                m.categorySlug(),
                m.titleZh(),
                m.titleEn(),
                m.descriptionZh(),
                m.descriptionEn(),
                m.originCode(),
                m.temperature(),
                m.shelfLifeDays(),
                m.harvestMonths(),
                m.povertyRelief(),
                skus);
    }

    private static SaveProductCommand withMonths(List<Integer> months) {
        SaveProductCommand m = mango("芒果");
        return new SaveProductCommand(
                m.categorySlug(),
                m.titleZh(),
                m.titleEn(),
                m.descriptionZh(),
                m.descriptionEn(),
                m.originCode(),
                m.temperature(),
                m.shelfLifeDays(),
                months,
                m.povertyRelief(),
                m.skus());
    }

    private int outboxEvents(String type, long productId) {
        return transactions.executeRead(status -> {
            String sql =
                    "SELECT COUNT(*) FROM catalog_outbox WHERE event_type = ? AND JSON_VALUE(payload, '$.productId') = ?";
            try (PreparedStatement select = jdbc.getConnection().prepareStatement(sql)) {
                select.setString(1, "org.techan.catalog." + type);
                select.setLong(2, productId);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
