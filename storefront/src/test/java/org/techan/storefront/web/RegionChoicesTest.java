package org.techan.storefront.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which region a picker's four selects chose, as a form without script may send them. */
class RegionChoicesTest {

    @Test
    void theDeepestLevelWithinTheLevelsAboveItIsChosen() {
        assertThat(RegionChoices.chosen(null, "310000000000", "310100000000", "310115000000", "310115005000"))
                .isEqualTo("310115005000");
        assertThat(RegionChoices.chosen(null, "310000000000", "310100000000", "310115000000", ""))
                .isEqualTo("310115000000");
        assertThat(RegionChoices.chosen(null, "440000000000", "310100000000", "310115000000", null))
                .as("the province changed without script: Shanghai's city and county left over are ignored")
                .isEqualTo("440000000000");
        assertThat(RegionChoices.chosen("350125000000", null, null, null, null))
                .as("API clients and older pages send the code itself")
                .isEqualTo("350125000000");
        assertThat(RegionChoices.chosen(null, "35", "x", null, null)).isEqualTo("35");
    }
}
