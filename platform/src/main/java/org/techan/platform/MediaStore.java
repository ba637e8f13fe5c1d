package org.techan.platform;

import java.util.Optional;

/**
 * Uploaded files (scanned certificates, product photos). On disk by default; a deployment with
 * several replicas mounts one shared volume or plugs in an object store behind this interface.
 */
public interface MediaStore {

    /**
     * Stores bytes whose type was already checked by the caller.
     *
     * @return a key that names the content (same bytes, same key)
     */
    String store(MediaType type, byte[] content);

    Optional<StoredMedia> read(String key);

    /**
     * Stores a photo (JPEG or PNG) with a JPEG copy no larger than {@code thumbnailSide} pixels on
     * either side. The pixel size the file declares is checked before it is decoded, and nothing
     * is written unless both files can be made. Decoding takes time and memory: never call this
     * inside a database transaction.
     *
     * @throws RuleViolationException if the content is not a readable JPEG or PNG of a sensible size
     */
    StoredImage storeImage(byte[] content, int thumbnailSide);

    /** A stored photo and its thumbnail. */
    record StoredImage(String key, String thumbnailKey) {}

    /** The file types Techan accepts, recognised by their first bytes rather than by their names. */
    enum MediaType {
        JPEG("image/jpeg", "jpg"),
        PNG("image/png", "png"),
        PDF("application/pdf", "pdf");

        private final String contentType;
        private final String extension;

        MediaType(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        /** What the bytes are, whatever the uploader's browser claimed. */
        public static Optional<MediaType> sniff(byte[] content) {
            if (content.length > 3
                    && (content[0] & 0xFF) == 0xFF
                    && (content[1] & 0xFF) == 0xD8
                    && (content[2] & 0xFF) == 0xFF) {
                return Optional.of(JPEG);
            }
            if (content.length > 8
                    && (content[0] & 0xFF) == 0x89
                    && content[1] == 'P'
                    && content[2] == 'N'
                    && content[3] == 'G') {
                return Optional.of(PNG);
            }
            if (content.length > 5
                    && content[0] == '%'
                    && content[1] == 'P'
                    && content[2] == 'D'
                    && content[3] == 'F'
                    && content[4] == '-') {
                return Optional.of(PDF);
            }
            return Optional.empty();
        }

        /** The type a stored key ends in. */
        public static Optional<MediaType> ofExtension(String extension) {
            for (MediaType type : values()) {
                if (type.extension.equals(extension)) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
        }
    }

    record StoredMedia(MediaType type, byte[] content) {}
}
