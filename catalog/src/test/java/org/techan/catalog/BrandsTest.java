package org.techan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.techan.catalog.fixtures.TestMarketplace;
import org.techan.platform.Actor;
import org.techan.platform.NotAllowedException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;
import org.techan.testsupport.MovableClock;

/** 永顺莓茶, the regional brand of Yongshun county, Hunan; region codes 43… are used by no other test. */
@MicronautTest(transactional = false)
@Property(name = "spec.clock", value = "movable")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrandsTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);

    @Inject
    CatalogApi catalog;

    @Inject
    TestMarketplace market;

    @Inject
    MovableClock clock;

    private Actor staff;
    private Actor outsider;

    @BeforeAll
    void yongshun() {
        market.regions("433127100201", "湖南省/Hunan", "湘西土家族苗族自治州/Xiangxi", "永顺县/Yongshun", "灵溪镇", "莓茶村");
        market.regions("430181100201", "湖南省/Hunan", "长沙市/Changsha", "浏阳市/Liuyang", "淮川街道", "花炮村");
        staff = shop("yongshun-meicha", "433127100201", 1);
        outsider = shop("liuyang-tea", "430181100201", 2);
        catalog.createBrand(
                OPERATOR,
                new CreateBrandCommand("yongshun-meicha", "永顺莓茶", "Yongshun Vine Tea", "433127", "永顺县莓茶产业协会"));
    }

    @Test
    void shouldShowTheBrandOnlyWhileTheShopsLicenceIsValid() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        ProductView product = catalog.publishProduct(
                staff, catalog.createProduct(staff, tea("永顺莓茶 芽尖")).id());
        assertThatThrownBy(() -> catalog.brandProduct(staff, product.id(), "yongshun-meicha"))
                .as("no licence yet")
                .isInstanceOf(RuleViolationException.class);

        catalog.licenseBrand(OPERATOR, "yongshun-meicha", "yongshun-meicha", today.minusDays(10), today.plusDays(5));
        assertThat(catalog.brandsLicensedTo(staff)).extracting(BrandView::slug).containsExactly("yongshun-meicha");
        catalog.brandProduct(staff, product.id(), "yongshun-meicha");

        assertThat(catalog.publishedProduct(product.id()).brand())
                .extracting(BrandView::nameZh)
                .isEqualTo("永顺莓茶");
        clock.advance(Duration.ofDays(6));
        assertThat(catalog.publishedProduct(product.id()).brand())
                .as("licence lapsed")
                .isNull();
    }

    @Test
    void shouldLicenceOnlyShopsOfTheBrandsRegionAndOnlyByOperators() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        assertThatThrownBy(() ->
                        catalog.licenseBrand(OPERATOR, "yongshun-meicha", "liuyang-tea", today, today.plusYears(1)))
                .isInstanceOf(RuleViolationException.class)
                .extracting("messageKey")
                .isEqualTo("brand.licence.outside");
        assertThatThrownBy(() ->
                        catalog.licenseBrand(staff, "yongshun-meicha", "yongshun-meicha", today, today.plusYears(1)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() ->
                        catalog.licenseBrand(OPERATOR, "yongshun-meicha", "yongshun-meicha", today, today.minusDays(1)))
                .isInstanceOf(RuleViolationException.class);
        long foreign = catalog.createProduct(outsider, tea("浏阳绿茶")).id();
        assertThatThrownBy(() -> catalog.brandProduct(staff, foreign, null)).isInstanceOf(NotFoundException.class);
        assertThat(catalog.brandsLicensedTo(outsider)).isEmpty();
    }

    private Actor shop(String slug, String village, int serial) {
        return market.aShop(slug)
                .named("茶叶合作社" + serial)
                .inVillage(village)
                .selling("莓茶")
                .contact("彭先生", "13907430000")
                .staff(slug + ".staff", "meicha-2026-pw")
                .open()
                .staff();
    }

    private static SaveProductCommand tea(String title) {
        return new SaveProductCommand(
                "tea",
                title,
                null,
                "武陵山区野生莓茶。",
                null,
                "433127",
                TemperatureClass.AMBIENT,
                720,
                List.of(4, 5),
                false,
                List.of(new SkuCommand("100 克罐装", null, SaleUnit.JAR, 100, new BigDecimal("59.00"))));
    }
}
