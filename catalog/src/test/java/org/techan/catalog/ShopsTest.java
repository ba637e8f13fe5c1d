package org.techan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.AccountView;
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
class ShopsTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);

    private static final String YIYANG_VILLAGE = "410327100201";
    private static final String LUONING_VILLAGE = "410328100201";
    private static final AtomicInteger SERIAL = new AtomicInteger(1000);

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @BeforeAll
    void luoyangVillages() {
        market.regions(YIYANG_VILLAGE, "河南省/Henan", "洛阳市/Luoyang", "宜阳县/Yiyang", "城关镇", "示范村");
        market.regions(LUONING_VILLAGE, "河南省/Henan", "洛阳市/Luoyang", "洛宁县/Luoning", "城郊镇", "苹果村");
    }

    @Test
    void shouldShowAShopToShoppersOnlyOnceApprovedAndInEveryRegionAboveIt() {
        ShopView applied = catalog.applyForShop(application("yiyang-peony", YIYANG_VILLAGE));
        assertThat(applied.status()).isEqualTo(ShopStatus.APPLIED);
        assertThat(catalog.openShopsIn(RegionCode.parse("4103"), 0, 20).items())
                .extracting(ShopView::slug)
                .doesNotContain("yiyang-peony");

        catalog.changeShopStatus(OPERATOR, "yiyang-peony", ShopStatus.APPROVED);

        assertThat(catalog.openShopsIn(RegionCode.parse("41"), 0, 20).items())
                .extracting(ShopView::slug)
                .contains("yiyang-peony");
        assertThat(catalog.openShopsIn(RegionCode.parse("410327"), 0, 20).items())
                .extracting(ShopView::slug)
                .contains("yiyang-peony");
        assertThat(catalog.openShopsIn(RegionCode.parse("410328"), 0, 20).items())
                .extracting(ShopView::slug)
                .doesNotContain("yiyang-peony");
    }

    @Test
    void shouldPageOpenShopsByName() {
        for (String slug : new String[] {"luoning-apple-a", "luoning-apple-b", "luoning-apple-c"}) {
            catalog.applyForShop(application(slug, LUONING_VILLAGE));
            catalog.changeShopStatus(OPERATOR, slug, ShopStatus.APPROVED);
        }

        PageOf<ShopView> second = catalog.openShopsIn(RegionCode.parse("410328"), 1, 2);

        assertThat(second.total()).isEqualTo(3);
        assertThat(second.items()).hasSize(1);
        assertThatThrownBy(() -> catalog.openShopsIn(RegionCode.parse("410328"), 0, 1000))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void shouldFollowTheApprovalLifecycleAndRefuseShortcuts() {
        catalog.applyForShop(application("yiyang-honey", YIYANG_VILLAGE));

        assertThatThrownBy(() -> catalog.openShop("yiyang-honey")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> catalog.changeShopStatus(OPERATOR, "yiyang-honey", ShopStatus.SUSPENDED))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("shop.transition.illegal");
        catalog.changeShopStatus(OPERATOR, "yiyang-honey", ShopStatus.APPROVED);
        catalog.changeShopStatus(OPERATOR, "yiyang-honey", ShopStatus.SUSPENDED);
        assertThat(catalog.shop("yiyang-honey").status().isOpen()).isFalse();
        assertThatThrownBy(() -> catalog.openShop("yiyang-honey")).isInstanceOf(NotFoundException.class);
        assertThat(catalog.changeShopStatus(OPERATOR, "yiyang-honey", ShopStatus.APPROVED)
                        .status())
                .isEqualTo(ShopStatus.APPROVED);
    }

    @Test
    void shouldGiveStaffTheirOwnShopAndKeepOperatorActionsFromThem() {
        catalog.applyForShop(application("luoning-apple", LUONING_VILLAGE));
        catalog.applyForShop(application("luoning-walnut", LUONING_VILLAGE));
        AccountView apple = catalog.addShopStaff(
                OPERATOR,
                "luoning-apple",
                new RegisterAccountCommand("apple.staff", "apple-orchard-1", "果农甲", Role.OPERATOR));
        Actor staff = apple.actor();

        assertThat(apple.role())
                .as("whatever was asked, shop staff is shop staff")
                .isEqualTo(Role.SHOP_STAFF);
        assertThat(catalog.shopOf(staff).slug()).isEqualTo("luoning-apple");
        assertThatThrownBy(() -> catalog.changeShopStatus(staff, "luoning-apple", ShopStatus.APPROVED))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> catalog.addShopStaff(
                        staff, "luoning-walnut", new RegisterAccountCommand("sneaky", "sneaky-pass-1", "某人", null)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> catalog.shopsWithStatus(staff, ShopStatus.APPLIED, 0, 10))
                .isInstanceOf(NotAllowedException.class);
        assertThat(catalog.shop("luoning-apple").status()).isEqualTo(ShopStatus.APPLIED);
        assertThatThrownBy(() -> catalog.shopOf(OPERATOR)).isInstanceOf(NotFoundException.class);
        assertThat(catalog.shopsWithStatus(OPERATOR, ShopStatus.APPLIED, 0, 100).items())
                .extracting(ShopView::slug)
                .contains("luoning-apple", "luoning-walnut");
    }

    @Test
    void shouldCreateNoAccountWhenTheShopDoesNotExist() {
        catalog.applyForShop(application("luoning-pear", LUONING_VILLAGE));
        assertThatThrownBy(() -> catalog.addShopStaff(
                        OPERATOR,
                        "no-such-shop",
                        new RegisterAccountCommand("orphan.staff", "orphan-pass-1", "无店", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> catalog.addShopStaff(
                        OPERATOR, "luoning-pear", new RegisterAccountCommand("x", "short", "", null)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void shouldRejectBadDetailsAndSaveNothing() {
        assertRejected(
                withLicence(application("bad-licence", YIYANG_VILLAGE), "91410300MA44XXXX00"), "shop.licence.invalid");
        assertRejected(withPhone(application("bad-phone", YIYANG_VILLAGE), "12345"), "shop.phone.invalid");
        assertRejected(application("in-a-county", "410327000000"), "shop.village.invalid");
        assertRejected(application("nowhere", "410327100299"), "shop.village.invalid");
        assertRejected(application("Bad Slug", YIYANG_VILLAGE), "shop.slug.invalid");
        assertRejected(application("x", YIYANG_VILLAGE), "shop.slug.invalid");

        for (String slug : new String[] {"bad-licence", "bad-phone", "in-a-county", "nowhere"}) {
            assertThatThrownBy(() -> catalog.shop(slug)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void shouldMakeAFreeWebNameFromTheNameWhenNoneIsGiven() {
        String proposed = catalog.suggestSlug(SlugKind.SHOP, "宜阳县牡丹专业合作社", null);
        assertThat(proposed).startsWith("yiyangxianmudanzhuanyehezuoshe");

        ShopView first = catalog.applyForShop(withNames(application("", YIYANG_VILLAGE), "宜阳县牡丹专业合作社", null));
        ShopView second = catalog.applyForShop(withNames(application(" ", YIYANG_VILLAGE), "宜阳县牡丹专业合作社", null));

        assertThat(first.slug()).isEqualTo(proposed);
        assertThat(second.slug()).startsWith("yiyangxianmudanzhuanyehezuoshe-").isNotEqualTo(first.slug());
        assertThat(catalog.suggestSlug(SlugKind.SHOP, "宜阳县牡丹专业合作社", null)).isNotIn(first.slug(), second.slug());
        assertThat(catalog.suggestSlug(SlugKind.SHOP, "！", "")).isEmpty();
        assertRejected(withNames(application("", YIYANG_VILLAGE), "！", null), "shop.slug.invalid");
    }

    @Test
    void shouldRefuseATakenSlugOrLicence() {
        ApplyForShopCommand first = application("yiyang-tea", YIYANG_VILLAGE);
        catalog.applyForShop(first);

        assertThatThrownBy(() -> catalog.applyForShop(application("yiyang-tea", YIYANG_VILLAGE)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("shop.slug.taken");
        assertThatThrownBy(() -> catalog.applyForShop(
                        withLicence(application("yiyang-tea-2", YIYANG_VILLAGE), first.businessLicence())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("shop.licence.taken");
    }

    private void assertRejected(ApplyForShopCommand command, String messageKey) {
        assertThatThrownBy(() -> catalog.applyForShop(command))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(messageKey);
    }

    private static ApplyForShopCommand application(String slug, String village) {
        return new ApplyForShopCommand(
                slug,
                ShopKind.COOPERATIVE,
                "宜阳县牡丹专业合作社",
                "Yiyang Peony Cooperative",
                village,
                "牡丹籽油",
                "王芳",
                "13800138000",
                licence(),
                "JY14103270000001");
    }

    private static String licence() {
        String first17 = "93410327MA" + String.format("%07d", SERIAL.incrementAndGet());
        return first17 + BusinessLicenceNumber.checkCharacter(first17);
    }

    private static ApplyForShopCommand withLicence(ApplyForShopCommand c, String licence) {
        return new ApplyForShopCommand(
                c.slug(),
                c.kind(),
                c.nameZh(),
                c.nameEn(),
                c.villageCode(),
                c.specialtyZh(),
                c.contactName(),
                c.contactPhone(),
                licence,
                c.foodBusinessLicence());
    }

    private static ApplyForShopCommand withPhone(ApplyForShopCommand c, String phone) {
        return new ApplyForShopCommand(
                c.slug(),
                c.kind(),
                c.nameZh(),
                c.nameEn(),
                c.villageCode(),
                c.specialtyZh(),
                c.contactName(),
                phone,
                c.businessLicence(),
                c.foodBusinessLicence());
    }

    private static ApplyForShopCommand withNames(ApplyForShopCommand c, String nameZh, String nameEn) {
        return new ApplyForShopCommand(
                c.slug(),
                c.kind(),
                nameZh,
                nameEn,
                c.villageCode(),
                c.specialtyZh(),
                c.contactName(),
                c.contactPhone(),
                c.businessLicence(),
                c.foodBusinessLicence());
    }
}
