package org.techan.platform.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.techan.platform.MediaStore;
import org.techan.platform.RuleViolationException;

/**
 * Files named by the SHA-256 of their content, two directory levels deep. Writes go to a temporary
 * file first and are moved into place, so a reader never sees half a file.
 */
@Singleton
class DiskMediaStore implements MediaStore {

    private final Path root;

    DiskMediaStore(@Value("${techan.media.dir:}") String configured) {
        this.root = configured.isBlank()
                ? Path.of(System.getenv().getOrDefault("TECHAN_DATA_DIR", "data"), "media")
                : Path.of(configured);
    }

    @Override
    public String store(MediaType type, byte[] content) {
        String key = sha256(content) + "." + type.extension();
        Path target = path(key);
        try {
            if (Files.exists(target)) {
                return key;
            }
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "upload", ".part");
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store media under " + root, e);
        }
    }

    @Override
    public Optional<StoredMedia> read(String key) {
        if (key == null || !key.matches("[0-9a-f]{64}\\.[a-z]{3}")) {
            return Optional.empty();
        }
        Optional<MediaType> type = MediaType.ofExtension(key.substring(65));
        Path file = path(key);
        if (type.isEmpty() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StoredMedia(type.get(), Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read media " + key, e);
        }
    }

    @Override
    public StoredImage storeImage(byte[] content, int thumbnailSide) {
        MediaType type = MediaType.sniff(content)
                .filter(sniffed -> sniffed != MediaType.PDF)
                .orElseThrow(() -> new RuleViolationException("upload.image.invalid"));
        byte[] thumbnail = Thumbnails.jpeg(content, thumbnailSide);
        return new StoredImage(store(type, content), store(MediaType.JPEG, thumbnail));
    }

    private Path path(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
