package org.techan.storefront.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

@Serdeable
record ApiMeta(String name, String apiVersion, List<String> languages, String termsVersion) {}
