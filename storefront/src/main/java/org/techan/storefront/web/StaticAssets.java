package org.techan.storefront.web;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Addresses of the stylesheet, scripts and icons with their content's fingerprint
 * ({@code /css/techan.css?v=3f9a…}): a browser may keep a fingerprinted file for a year, since a
 * changed file gets a new address with the next release.
 */
@Singleton
class StaticAssets {

    private static final int FINGERPRINT_LENGTH = 12;

    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    /** {@code path} with its fingerprint; a file not in the jar keeps its plain address. */
    public String url(String path) {
        String fingerprint = fingerprint(path);
        return fingerprint == null ? path : path + "?v=" + fingerprint;
    }

    /** The fingerprint of the file behind {@code path} (/css/…, /js/…, /icons/…), none if there is none. */
    @Nullable
    String fingerprint(String path) {
        String known = fingerprints.computeIfAbsent(path, StaticAssets::read);
        return known.isEmpty() ? null : known;
    }

    private static String read(String path) {
        try (InputStream in = StaticAssets.class.getResourceAsStream("/static" + path)) {
            if (in == null || path.contains("..")) {
                return "";
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(in.readAllBytes());
            return HexFormat.of().formatHex(sha.digest()).substring(0, FINGERPRINT_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
