package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.techan.catalog.CertificateKind;
import org.techan.catalog.CertificateStatus;
import org.techan.catalog.CertificateView;

@MappedEntity("catalog_certificate")
record CertificateRow(
        @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("product_id") long productId,
        @MappedProperty("shop_id") long shopId,
        CertificateKind kind,
        String number,
        String issuer,
        @MappedProperty("valid_from") LocalDate validFrom,
        @MappedProperty("valid_to") LocalDate validTo,
        @MappedProperty("document_key") String documentKey,
        CertificateStatus status,
        @Nullable @MappedProperty("review_note") String reviewNote,
        @Nullable @MappedProperty("reviewed_by") Long reviewedBy,
        @Nullable @MappedProperty("reviewed_at") Instant reviewedAt,
        @MappedProperty("submitted_at") Instant submittedAt,
        @Version int version) {

    CertificateRow reviewed(CertificateStatus decision, @Nullable String note, long operator, Instant at) {
        return new CertificateRow(
                id,
                productId,
                shopId,
                kind,
                number,
                issuer,
                validFrom,
                validTo,
                documentKey,
                decision,
                note,
                operator,
                at,
                submittedAt,
                version);
    }

    boolean badgeOn(LocalDate day) {
        return status == CertificateStatus.VERIFIED && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    CertificateView view(LocalDate today) {
        return new CertificateView(
                id, productId, kind, number, issuer, validFrom, validTo, status, reviewNote, badgeOn(today));
    }
}
