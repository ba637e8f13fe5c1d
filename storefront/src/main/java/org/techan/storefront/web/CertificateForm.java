package org.techan.storefront.web;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.techan.catalog.CertificateKind;

/** Reading the certificate form's text parts; what cannot be read is left for the catalog to refuse. */
final class CertificateForm {

    private CertificateForm() {}

    static @Nullable CertificateKind kind(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : CertificateKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
