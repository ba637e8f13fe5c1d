package org.techan.storefront.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.multipart.CompletedFileUpload;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.techan.platform.MediaStore;
import org.techan.platform.RuleViolationException;

/** Uploaded files into the media store: size and type checked on the bytes, not on the file name. */
@Singleton
class Uploads {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    private final MediaStore media;

    Uploads(MediaStore media) {
        this.media = media;
    }

    String store(@Nullable CompletedFileUpload upload) {
        if (upload == null || upload.getSize() == 0) {
            throw new RuleViolationException("upload.required");
        }
        if (upload.getSize() > MAX_BYTES) {
            throw new RuleViolationException("upload.too-large", MAX_BYTES / 1024 / 1024);
        }
        try {
            byte[] content = upload.getBytes();
            MediaStore.MediaType type = MediaStore.MediaType.sniff(content)
                    .orElseThrow(() -> new RuleViolationException("upload.type.invalid"));
            return media.store(type, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A photo: JPEG or PNG only. */
    String storeImage(@Nullable CompletedFileUpload upload) {
        String key = store(upload);
        if (key.endsWith(".pdf")) {
            throw new RuleViolationException("upload.image.invalid");
        }
        return key;
    }

    /** Served as a download with its sniffed type, so a crafted upload never runs as a page of ours. */
    static HttpResponse<byte[]> asResponse(MediaStore.StoredMedia stored) {
        return HttpResponse.ok(stored.content())
                .contentType(stored.type().contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Content-Disposition",
                        "inline; filename=\"document." + stored.type().extension() + "\"")
                .header("Cache-Control", "private, max-age=300");
    }
}
