package org.techan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.techan.platform.RuleViolationException;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({
        "350000000000, PROVINCE, 35,",
        "350100000000, CITY, 3501, 350000000000",
        "350125000000, COUNTY, 350125, 350100000000",
        "350125100000, TOWNSHIP, 350125100, 350125000000",
        "350125100201, VILLAGE, 350125100201, 350125100000"
    })
    void theCodeItselfTellsLevelPrefixAndParent(String code, RegionLevel level, String prefix, String parent) {
        RegionCode region = new RegionCode(code);

        assertThat(region.level()).isEqualTo(level);
        assertThat(region.prefix()).isEqualTo(prefix);
        assertThat(region.parent().map(RegionCode::value).orElse(null)).isEqualTo(parent);
    }

    @Test
    void aRegionContainsItselfAndEverythingBelowButNotItsNeighbours() {
        RegionCode yongtai = RegionCode.parse("350125");

        assertThat(yongtai.contains(new RegionCode("350125100201"))).isTrue();
        assertThat(yongtai.contains(yongtai)).isTrue();
        assertThat(yongtai.contains(new RegionCode("350100000000")))
                .as("its city")
                .isFalse();
        assertThat(yongtai.contains(new RegionCode("350124000000")))
                .as("a neighbour")
                .isFalse();
    }

    @Test
    void shortFormsArePadded() {
        assertThat(RegionCode.parse("35").value()).isEqualTo("350000000000");
        assertThat(RegionCode.parse(" 4103 ").value()).isEqualTo("410300000000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "35012510020", "3501251002011", "35a125000000", "000000000000"})
    void malformedCodesAreRejectedWithAMessageKey(String text) {
        assertThatThrownBy(() -> new RegionCode(text))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).messageKey())
                .isEqualTo("region.code.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "3501251002011", "35a1"})
    void malformedShortFormsAreRejected(String text) {
        assertThatThrownBy(() -> RegionCode.parse(text)).isInstanceOf(RuleViolationException.class);
    }
}
