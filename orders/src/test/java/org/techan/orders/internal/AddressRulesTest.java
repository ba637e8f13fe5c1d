package org.techan.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.techan.orders.DeliveryAddress;
import org.techan.platform.RuleViolationException;

/** What a deliverable address needs, on its own, without the application. */
class AddressRulesTest {

    @Test
    void shouldCleanADeliverableAddress() {
        assertThat(AddressRules.checked(new DeliveryAddress(" 王芳 ", "13800138000", "310101", " 南京东路 100 号 ")))
                .isEqualTo(new DeliveryAddress("王芳", "13800138000", "310101000000", "南京东路 100 号"));
    }

    @Test
    void shouldRefuseWhatCannotBeDelivered() {
        assertThatThrownBy(() -> AddressRules.checked(null)).hasMessageContaining("checkout.address.required");
        assertThatThrownBy(() -> AddressRules.checked(new DeliveryAddress("", "13800138000", "310101", "路 1 号")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("checkout.address.recipient");
        assertThatThrownBy(() -> AddressRules.checked(new DeliveryAddress("王芳", "12345", "310101", "路 1 号")))
                .hasMessageContaining("checkout.address.phone");
        assertThatThrownBy(() -> AddressRules.checked(new DeliveryAddress("王芳", "13800138000", "3101", "路 1 号")))
                .as("a city is too coarse to deliver to")
                .hasMessageContaining("checkout.address.region");
        assertThatThrownBy(() -> AddressRules.checked(new DeliveryAddress("王芳", "13800138000", "310101", " ")))
                .hasMessageContaining("checkout.address.street");
    }

    @Test
    void shouldNeedOnlyANameAndAMobileNumberForAPickup() {
        assertThat(AddressRules.contact(new DeliveryAddress("赵敏", "13700137000", null, null)))
                .isEqualTo(new DeliveryAddress("赵敏", "13700137000", null, null));
        assertThatThrownBy(() -> AddressRules.contact(new DeliveryAddress("赵敏", "0591-1234567", null, null)))
                .hasMessageContaining("checkout.address.phone");
    }
}
