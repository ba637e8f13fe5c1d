package org.techan.storefront.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** Model of the error page: a message-bundle key for the title, a localized detail, maybe an id. */
@Introspected
record ErrorPage(String titleKey, String detail, @Nullable String correlationId) {}
