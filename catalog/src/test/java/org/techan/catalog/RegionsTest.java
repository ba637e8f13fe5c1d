package org.techan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techan.platform.Actor;
import org.techan.platform.ConflictException;
import org.techan.platform.NotFoundException;
import org.techan.platform.Role;
import org.techan.platform.RuleViolationException;

@MicronautTest(transactional = false)
class RegionsTest {

    private static final Actor OPERATOR = new Actor(1, Role.OPERATOR);

    @Inject
    CatalogApi catalog;

    @Test
    void shouldGrowTheTreeAndWalkItBothWays() {
        catalog.addRegion(OPERATOR, new AddRegionCommand("350000000000", "福建省", "Fujian"));
        catalog.addRegion(OPERATOR, new AddRegionCommand("350100000000", "福州市", "Fuzhou"));
        catalog.addRegion(OPERATOR, new AddRegionCommand("350125000000", "永泰县", "Yongtai"));
        catalog.addRegion(OPERATOR, new AddRegionCommand("350125100000", "樟城镇", null));
        catalog.addRegion(OPERATOR, new AddRegionCommand("350125101000", "城峰镇", " "));

        assertThat(catalog.childRegions(RegionCode.parse("350125")))
                .extracting(RegionView::nameZh)
                .containsExactly("樟城镇", "城峰镇");
        assertThat(catalog.childRegions(null)).extracting(RegionView::code).contains("350000000000");
        assertThat(catalog.regionPath(new RegionCode("350125101000")))
                .extracting(RegionView::nameZh)
                .containsExactly("福建省", "福州市", "永泰县", "城峰镇");
        RegionView town = catalog.region(new RegionCode("350125101000"));
        assertThat(town.level()).isEqualTo(RegionLevel.TOWNSHIP);
        assertThat(town.nameEn()).as("blank English name is stored as none").isNull();
    }

    /** 泾川县 (Gansu) is in the national divisions only, until a village of it registers. */
    @Test
    void shouldRegisterAVillageUnderANationalTownshipWithTheNextFreeCode() {
        String township = "620821100000";

        RegionView first = catalog.registerVillage(OPERATOR, new RegisterVillageCommand(township, "", "王村", "Wang"));
        RegionView second = catalog.registerVillage(OPERATOR, new RegisterVillageCommand(township, null, "李村", null));
        RegionView coded =
                catalog.registerVillage(OPERATOR, new RegisterVillageCommand(township, "620821100215", "张村", null));

        assertThat(first.code()).isEqualTo("620821100201");
        assertThat(first.level()).isEqualTo(RegionLevel.VILLAGE);
        assertThat(second.code()).isEqualTo("620821100202");
        assertThat(coded.code()).isEqualTo("620821100215");
        assertThat(catalog.regionPath(new RegionCode(first.code())))
                .extracting(RegionView::nameZh)
                .containsExactly("甘肃省", "平凉市", "泾川县", "城关镇", "王村");
        assertThat(catalog.childRegions(new RegionCode(township)))
                .extracting(RegionView::nameZh)
                .containsExactly("王村", "李村", "张村");
        assertThat(catalog.registerVillage(OPERATOR, new RegisterVillageCommand(township, " ", "赵村", null))
                        .code())
                .as("after the highest")
                .isEqualTo("620821100216");
    }

    @Test
    void shouldRefuseAVillageOutsideItsTownshipTwiceNamedOrWithoutOne() {
        String township = "620821101000";
        catalog.registerVillage(OPERATOR, new RegisterVillageCommand(township, null, "高村", null));

        assertThatThrownBy(
                        () -> catalog.registerVillage(OPERATOR, new RegisterVillageCommand(township, null, "高村", null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("region.village.exists");
        assertThatThrownBy(() -> catalog.registerVillage(
                        OPERATOR, new RegisterVillageCommand(township, "620821100299", "低村", null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("region.village.outside");
        assertThatThrownBy(() ->
                        catalog.registerVillage(OPERATOR, new RegisterVillageCommand("620821000000", null, "低村", null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("region.township.required");
        assertThatThrownBy(() ->
                        catalog.registerVillage(OPERATOR, new RegisterVillageCommand("620821999000", null, "低村", null)))
                .as("no such township")
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("region.township.required");
        assertThatThrownBy(() -> catalog.registerVillage(
                        new Actor(2, Role.SHOP_STAFF), new RegisterVillageCommand(township, null, "低村", null)))
                .isInstanceOf(org.techan.platform.NotAllowedException.class);
        assertThat(catalog.childRegions(new RegionCode(township)))
                .extracting(RegionView::nameZh)
                .containsExactly("高村");
    }

    @Test
    void shouldRefuseARegionWhoseParentIsMissing() {
        assertThatThrownBy(
                        () -> catalog.addRegion(OPERATOR, new AddRegionCommand("420381000000", "丹江口市", "Danjiangkou")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("region.parent.missing");
        assertThatThrownBy(() -> catalog.region(new RegionCode("420381000000"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldRefuseADuplicateCodeAndABlankName() {
        catalog.addRegion(OPERATOR, new AddRegionCommand("320000000000", "江苏省", "Jiangsu"));

        assertThatThrownBy(() -> catalog.addRegion(OPERATOR, new AddRegionCommand("320000000000", "江苏", null)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> catalog.addRegion(OPERATOR, new AddRegionCommand("320800000000", " ", null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("region.name.required");
        assertThat(catalog.region(new RegionCode("320000000000")).nameZh()).isEqualTo("江苏省");
    }

    @Test
    void theCountrysDivisionsReachEveryCountyAndTownshipForAddresses() {
        assertThat(catalog.divisions(null))
                .as("31 provinces, autonomous regions and municipalities")
                .hasSize(31)
                .extracting(RegionView::nameZh)
                .contains("北京市", "上海市", "广东省", "新疆维吾尔自治区");
        assertThat(catalog.divisions(RegionCode.parse("31")))
                .as("a municipality's one city carries its name, not 市辖区")
                .extracting(RegionView::nameZh)
                .containsExactly("上海市");
        assertThat(catalog.divisions(RegionCode.parse("4401")))
                .extracting(RegionView::nameZh)
                .contains("天河区", "越秀区");
        assertThat(catalog.divisions(RegionCode.parse("310115")))
                .extracting(RegionView::level, RegionView::nameZh)
                .contains(org.assertj.core.groups.Tuple.tuple(RegionLevel.TOWNSHIP, "陆家嘴街道"));
        assertThat(catalog.divisions(RegionCode.parse("310115005")))
                .as("villages are not divisions")
                .isEmpty();

        // Other tests may add Xinjiang to the marketplace's own regions, under names of their own.
        List<RegionView> altay = catalog.regionPath(RegionCode.parse("654301001"));
        assertThat(altay)
                .as("an address in Altay, named although no producer lives there")
                .extracting(RegionView::code)
                .containsExactly("650000000000", "654300000000", "654301000000", "654301001000");
        assertThat(altay.subList(2, 4)).extracting(RegionView::nameZh).containsExactly("阿勒泰市", "金山路街道");
        assertThatThrownBy(() -> catalog.region(RegionCode.parse("654301001")))
                .as("the marketplace's own regions are unchanged: that township is not one")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> catalog.regionPath(RegionCode.parse("319999"))).isInstanceOf(NotFoundException.class);
    }
}
