package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import org.techan.orders.DeliveryAddress;

/** The address fields as typed, shown again beside a refusal so nothing has to be typed twice. */
@Introspected
record AddressForm(
        @Nullable String recipient, @Nullable String phone, @Nullable String regionCode, @Nullable String street) {

    static final AddressForm BLANK = new AddressForm("", "", "", "");

    /** What an address form sent, its region taken from the picker's levels (or the plain code). */
    static AddressForm typed(
            @Nullable String recipient,
            @Nullable String phone,
            @Nullable String regionCode,
            @Nullable String province,
            @Nullable String city,
            @Nullable String county,
            @Nullable String township,
            @Nullable String street) {
        return new AddressForm(
                recipient, phone, RegionChoices.chosen(regionCode, province, city, county, township), street);
    }

    DeliveryAddress address() {
        return new DeliveryAddress(recipient, phone, regionCode, street);
    }
}
