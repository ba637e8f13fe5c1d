package org.techan.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * A certificate; {@code badge} says whether shoppers see its mark today: verified and inside its
 * validity period, so a badge disappears by itself when the certificate expires.
 */
@Serdeable
public record CertificateView(
        long id,
        long productId,
        CertificateKind kind,
        String number,
        String issuer,
        LocalDate validFrom,
        LocalDate validTo,
        CertificateStatus status,
        @Nullable String reviewNote,
        boolean badge) {}
