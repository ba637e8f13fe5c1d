package org.techan.orders.internal;

import org.techan.catalog.RegionCode;
import org.techan.catalog.RegionLevel;
import org.techan.orders.DeliveryAddress;
import org.techan.platform.MobileNumbers;
import org.techan.platform.RuleViolationException;

/** What a deliverable address needs: a recipient, a mainland mobile number, a county or finer, a street. */
final class AddressRules {

    private AddressRules() {}

    /** Enough to hand over at a store: a name and a mobile number; region and street are kept if given. */
    static DeliveryAddress contact(DeliveryAddress address) {
        if (address == null) {
            throw new RuleViolationException("checkout.address.required");
        }
        String recipient = text(address.recipient(), 60, "checkout.address.recipient");
        String phone = text(address.phone(), 20, "checkout.address.phone");
        if (!MobileNumbers.isMainland(phone)) {
            throw new RuleViolationException("checkout.address.phone", phone);
        }
        return new DeliveryAddress(recipient, phone, null, null);
    }

    /** Everything a home delivery needs, cleaned: the contact, a county or finer, a street. */
    static DeliveryAddress checked(DeliveryAddress address) {
        DeliveryAddress contact = contact(address);
        RegionCode region = RegionCode.parse(address.regionCode());
        if (region.level() == RegionLevel.PROVINCE || region.level() == RegionLevel.CITY) {
            throw new RuleViolationException("checkout.address.region", region.value());
        }
        String street = text(address.street(), 200, "checkout.address.street");
        return new DeliveryAddress(contact.recipient(), contact.phone(), region.value(), street);
    }

    private static String text(String value, int longest, String problem) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty() || clean.length() > longest) {
            throw new RuleViolationException(problem, clean);
        }
        return clean;
    }
}
