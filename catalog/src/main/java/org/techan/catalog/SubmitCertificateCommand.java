package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** A certificate for a product; its scanned document travels beside it (see CatalogApi#submitCertificate). */
public record SubmitCertificateCommand(
        long productId,
        @Nullable CertificateKind kind,
        @Nullable String number,
        @Nullable String issuer,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {}
