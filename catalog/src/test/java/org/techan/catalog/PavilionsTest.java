package org.techan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.DomainException;
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

    @BeforeAll
    void ganzhou() {
        catalog.addRegion(OPERATOR, new AddRegionCommand("360000000000", "江西省", "Jiangxi"));
        catalog.addRegion(OPERATOR, new AddRegionCommand("360700000000", "赣州市", "Ganzhou"));
        catalog.addRegion(OPERATOR, new AddRegionCommand("360781000000", "瑞金市", "Ruijin"));
        catalog.addRegion(OPERATOR, new AddRegionCommand("360781100000", "象湖镇", null));
        catalog.addRegion(OPERATOR, new AddRegionCommand(RUIJIN_VILLAGE, "脐橙村", null));
        catalog.addRegion(OPERATOR, new AddRegionCommand("360782000000", "南康区", "Nankang"));
        catalog.addRegion(OPERATOR, new AddRegionCommand("360782100000", "蓉江街道", null));
        catalog.addRegion(OPERATOR, new AddRegionCommand(NANKANG_VILLAGE, "甜柚村", null));
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
