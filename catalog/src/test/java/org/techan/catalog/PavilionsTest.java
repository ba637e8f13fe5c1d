package org.techan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.DomainException;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.RegisterAccountCommand;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PavilionsTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);

    private static final String RUIJIN_VILLAGE = "360781100201";
    private static final String NANKANG_VILLAGE = "360782100201";
    private static final AtomicInteger SERIAL = new AtomicInteger(5000);

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    private final Map<String, Actor> staff = new HashMap<>();

    @BeforeAll
    void ganzhou() {
        market.regions(RUIJIN_VILLAGE, "江西省/Jiangxi", "赣州市/Ganzhou", "瑞金市/Ruijin", "象湖镇", "脐橙村");
        market.regions(NANKANG_VILLAGE, "江西省/Jiangxi", "赣州市/Ganzhou", "南康区/Nankang", "蓉江街道", "甜柚村");
        openShop("ruijin-a", "A 瑞金脐橙合作社", RUIJIN_VILLAGE);
        openShop("ruijin-b", "B 瑞金家庭农场", RUIJIN_VILLAGE);
        openShop("nankang-c", "C 南康甜柚基地", NANKANG_VILLAGE);
        catalog.applyForShop(application("ruijin-pending", "D 待审合作社", RUIJIN_VILLAGE));
        catalog.openPavilion(
                OPERATOR,
                new OpenPavilionCommand(
                        "ganzhou", "3607", "赣州特产馆", "Ganzhou Pavilion", "赣南脐橙之乡。", null, "/media/ganzhou.jpg"));
        catalog.openPavilion(
                OPERATOR,
                new OpenPavilionCommand("ruijin", "360781", "瑞金馆", null, null, null, "https://img.example/r.jpg"));
    }

    @Test
    void shouldShowEveryOpenShopOfTheRegionWithFeaturedOnesFirst() {
        assertThat(catalog.pavilionShops("ganzhou", 0, 10).items())
                .extracting(ShopView::slug)
                .containsExactly("ruijin-a", "ruijin-b", "nankang-c");

        catalog.featureShop(OPERATOR, "ganzhou", "nankang-c", 1);
        PageOf<ShopView> first = catalog.pavilionShops("ganzhou", 0, 2);

        assertThat(first.items()).extracting(ShopView::slug).containsExactly("nankang-c", "ruijin-a");
        assertThat(first.total()).isEqualTo(3);
        assertThat(catalog.pavilionShops("ganzhou", 1, 2).items())
                .extracting(ShopView::slug)
                .containsExactly("ruijin-b");
        assertThat(catalog.pavilions()).extracting(PavilionView::slug).contains("ganzhou", "ruijin");
    }

    @Test
    void shouldFeatureOnlyOpenShopsFromInsideTheRegion() {
        assertRejected(() -> catalog.featureShop(OPERATOR, "ruijin", "nankang-c", 1), "pavilion.feature.outside");
        assertRejected(() -> catalog.featureShop(OPERATOR, "ruijin", "ruijin-pending", 1), "pavilion.feature.outside");
        assertThat(catalog.pavilionShops("ruijin", 0, 10).items())
                .extracting(ShopView::slug)
                .containsExactly("ruijin-a", "ruijin-b");
    }

    @Test
    void shouldRejectBadPavilionsAndDuplicates() {
        assertRejected(
                () -> catalog.openPavilion(
                        OPERATOR, new OpenPavilionCommand("nowhere", "3699", "无处馆", null, null, null, null)),
                "region.not-found");
        assertRejected(
                () -> catalog.openPavilion(
                        OPERATOR,
                        new OpenPavilionCommand("bad-banner", "3607", "馆", null, null, null, "javascript:alert(1)")),
                "pavilion.banner.invalid");
        assertRejected(
                () -> catalog.openPavilion(
                        OPERATOR, new OpenPavilionCommand("Bad Slug", "3607", "馆", null, null, null, null)),
                "pavilion.slug.invalid");
        assertThatThrownBy(() -> catalog.openPavilion(
                        OPERATOR, new OpenPavilionCommand("ganzhou", "3607", "又一个赣州馆", null, null, null, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void shouldShowPicksFirstInTheOperatorsOrderAndOnlyWhileOnSale() {
        Actor ruijin = staffOf("ruijin-b");
        Actor nankang = staffOf("nankang-c");
        long older = published(ruijin, "瑞金脐橙 5 斤", RUIJIN_VILLAGE);
        long newer = published(ruijin, "瑞金脐橙 10 斤", RUIJIN_VILLAGE);
        long pomelo = published(nankang, "南康甜柚", NANKANG_VILLAGE);
        assertThat(productIds(catalog.pavilionProducts("ganzhou", 0, 10))).containsSubsequence(pomelo, newer, older);

        catalog.pickProduct(OPERATOR, "ganzhou", older, 2);
        catalog.pickProduct(OPERATOR, "ganzhou", pomelo, 1);

        assertThat(productIds(catalog.pavilionProducts("ganzhou", 0, 2))).containsExactly(pomelo, older);
        assertThat(catalog.pavilionPicks("ganzhou")).extracting(ProductView::id).containsExactly(pomelo, older);
        catalog.unpublishProduct(nankang, pomelo);
        assertThat(catalog.pavilionPicks("ganzhou")).extracting(ProductView::id).containsExactly(older);
        catalog.publishProduct(nankang, pomelo);
        catalog.unpickProduct(OPERATOR, "ganzhou", pomelo);
        assertThat(catalog.pavilionPicks("ganzhou")).extracting(ProductView::id).containsExactly(older);
        assertThat(productIds(catalog.pavilionProducts("ganzhou", 0, 100)))
                .contains(pomelo)
                .startsWith(older);
    }

    @Test
    void shouldPickOnlyProductsOnSaleFromTheRegionAndOnlyForOperators() {
        Actor nankang = staffOf("nankang-c");
        long pomelo = published(nankang, "南康甜柚礼盒", NANKANG_VILLAGE);
        long draft = catalog.createProduct(nankang, orange("南康甜柚草稿", NANKANG_VILLAGE))
                .id();

        assertRejected(() -> catalog.pickProduct(OPERATOR, "ruijin", pomelo, 0), "pavilion.pick.outside");
        assertRejected(() -> catalog.pickProduct(OPERATOR, "ganzhou", draft, 0), "pavilion.pick.not-on-sale");
        assertRejected(() -> catalog.pickProduct(OPERATOR, "ganzhou", 987654321L, 0), "pavilion.pick.not-on-sale");
        assertThatThrownBy(() -> catalog.pickProduct(nankang, "ganzhou", pomelo, 0))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> catalog.pickProduct(OPERATOR, "atlantis", pomelo, 0))
                .isInstanceOf(NotFoundException.class);
        assertThat(catalog.pavilionPicks("ruijin")).isEmpty();
        assertThat(catalog.pavilionPicks("ganzhou")).extracting(ProductView::id).doesNotContain(pomelo, draft);
    }

    private Actor staffOf(String shopSlug) {
        return staff.computeIfAbsent(shopSlug, slug -> catalog.addShopStaff(
                        OPERATOR, slug, new RegisterAccountCommand(slug + ".staff", "navel-2026-pw", "刘洋", null))
                .actor());
    }

    private long published(Actor staff, String title, String village) {
        long id = catalog.createProduct(staff, orange(title, village)).id();
        return catalog.publishProduct(staff, id).id();
    }

    private static List<Long> productIds(PageOf<ProductView> page) {
        return page.items().stream().map(ProductView::id).toList();
    }

    private static SaveProductCommand orange(String title, String village) {
        return new SaveProductCommand(
                "fresh-fruit",
                title,
                null,
                "赣南脐橙，果肉脆嫩。",
                null,
                village,
                TemperatureClass.AMBIENT,
                30,
                List.of(11, 12),
                false,
                List.of(new SkuCommand("5 斤装", null, SaleUnit.BOX, 2500, new BigDecimal("49.90"))));
    }

    private void openShop(String slug, String name, String village) {
        catalog.applyForShop(application(slug, name, village));
        catalog.changeShopStatus(OPERATOR, slug, ShopStatus.APPROVED);
    }

    private static void assertRejected(Runnable action, String messageKey) {
        assertThatThrownBy(action::run)
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(messageKey);
    }

    private static ApplyForShopCommand application(String slug, String name, String village) {
        String first17 = "93360781MA" + String.format("%07d", SERIAL.incrementAndGet());
        return new ApplyForShopCommand(
                slug,
                ShopKind.COOPERATIVE,
                name,
                null,
                village,
                "脐橙",
                "刘洋",
                "13907970000",
                first17 + BusinessLicenceNumber.checkCharacter(first17),
                null);
    }
}
