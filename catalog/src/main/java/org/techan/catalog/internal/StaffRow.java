package org.techan.catalog.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

@MappedEntity("catalog_shop_staff")
record StaffRow(@Id @MappedProperty("account_id") long accountId, @MappedProperty("shop_id") long shopId) {}
