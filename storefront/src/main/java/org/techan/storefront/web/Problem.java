package org.techan.storefront.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An RFC 9457 problem body for the REST API. */
@Serdeable
record Problem(String type, String title, int status, String detail, @Nullable String correlationId) {}
