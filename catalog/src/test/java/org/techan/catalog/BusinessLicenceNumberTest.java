package org.techan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.techan.platform.RuleViolationException;

class BusinessLicenceNumberTest {

    @Test
    void acceptsACodeWhoseCheckCharacterMatchesAndNormalizesCase() {
        String first17 = "91350125MA2XYW123";
        String code = first17 + BusinessLicenceNumber.checkCharacter(first17);

        assertThat(new BusinessLicenceNumber(" " + code.toLowerCase() + " ").value())
                .isEqualTo(code);
    }

    @Test
    void rejectsATypoAnywhere() {
        String first17 = "91350125MA2XYW123";
        String code = first17 + BusinessLicenceNumber.checkCharacter(first17);
        String typo = code.substring(0, 5) + (code.charAt(5) == '1' ? '2' : '1') + code.substring(6);

        assertThatThrownBy(() -> new BusinessLicenceNumber(typo)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new BusinessLicenceNumber("91350125MA2XYZ12"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new BusinessLicenceNumber("9135012IMA2XYZ1230"))
                .isInstanceOf(RuleViolationException.class);
        assertThat(BusinessLicenceNumber.checkCharacter("91350125MA2XYZ123"))
                .as("Z is not in the code alphabet")
                .isEqualTo('?');
        assertThatThrownBy(() -> new BusinessLicenceNumber("91350125MA2XYZ123?"))
                .isInstanceOf(RuleViolationException.class);
    }
}
