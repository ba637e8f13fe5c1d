package org.techan.wholesale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void publishedCodesPassTheirCheckCharacter() {
        assertThat(CreditCode.normalized("91350100M000100Y43")).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.normalized("91440300708461136T")).isEqualTo("91440300708461136T");
        assertThat(CreditCode.normalized(" 9144 0300 7152 6726xg "))
                .as("spaces and lower case as people type them")
                .isEqualTo("9144030071526726XG");
    }

    @Test
    void aMistypedCodeIsRefused() {
        assertThat(CreditCode.normalized("91350100M000100Y44"))
                .as("wrong check character")
                .isNull();
        assertThat(CreditCode.normalized("91350100M000100Y4"))
                .as("17 characters")
                .isNull();
        assertThat(CreditCode.normalized("91350100M0001O0Y43"))
                .as("O is not used")
                .isNull();
        assertThat(CreditCode.normalized("91350100M000010Y43"))
                .as("two characters swapped")
                .isNull();
        assertThat(CreditCode.normalized(null)).isNull();
        assertThat(CreditCode.normalized("")).isNull();
    }

    @Test
    void everySeventeenCharactersHaveOneCheckCharacter() {
        String first17 = "91350100MA2Y0P4B1";
        char check = CreditCode.checkCharacter(first17);
        assertThat(CreditCode.normalized(first17 + check)).isEqualTo(first17 + check);
        for (char other : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            if (other != check) {
                assertThat(CreditCode.normalized(first17 + other)).isNull();
            }
        }
    }
}
