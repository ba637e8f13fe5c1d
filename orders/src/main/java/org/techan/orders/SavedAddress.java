package org.techan.orders;

import io.micronaut.serde.annotation.Serdeable;

/** An address in a consumer's address book, with its region spelled out ("福建省 福州市 永泰县"). */
@Serdeable
public record SavedAddress(long id, DeliveryAddress address, String regionNameZh) {}
