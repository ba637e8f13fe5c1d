package org.techan.storefront.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.multipart.CompletedFileUpload;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.techan.platform.MediaStore;
import org.techan.platform.RuleViolationException;

/** Uploaded files as the catalog takes them: present and within the size limit. */
public final class Uploads {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    private Uploads() {}

    /**
     * The uploaded file's bytes. Bodies over {@code micronaut.server.max-request-size} never get
     * here (413 before they are read); the catalog decides what may be stored, and stores it.
     */
    static byte[] bytes(@Nullable CompletedFileUpload upload) {
        if (upload == null || upload.getSize() == 0) {
            throw new RuleViolationException("upload.required");
        }
        if (upload.getSize() > MAX_BYTES) {
            throw new RuleViolationException("upload.too-large", MAX_BYTES / 1024 / 1024);
        }
        try {
            return upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Served as a download with its sniffed type, so a crafted upload never runs as a page of ours. */
    public static HttpResponse<byte[]> asResponse(MediaStore.StoredMedia stored) {
        return HttpResponse.ok(stored.content())
                .contentType(stored.type().contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Content-Disposition",
                        "inline; filename=\"document." + stored.type().extension() + "\"")
                .header("Cache-Control", "private, max-age=300");
    }
}
