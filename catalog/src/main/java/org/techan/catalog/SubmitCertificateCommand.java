package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** A certificate for a product, with the key of its scanned document in the media store. */
public record SubmitCertificateCommand(
        long productId,
        @Nullable CertificateKind kind,
        @Nullable String number,
        @Nullable String issuer,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String documentKey) {}
