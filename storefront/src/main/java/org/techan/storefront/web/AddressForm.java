package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import org.techan.orders.DeliveryAddress;

/** The address fields as typed, shown again beside a refusal so nothing has to be typed twice. */
@Introspected
record AddressForm(
        @Nullable String recipient, @Nullable String phone, @Nullable String regionCode, @Nullable String street) {

    static final AddressForm BLANK = new AddressForm("", "", "", "");

    DeliveryAddress address() {
        return new DeliveryAddress(recipient, phone, regionCode, street);
    }
}
