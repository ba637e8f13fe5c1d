package org.techan.storefront.web;

import io.micronaut.core.io.Writable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** A page rendered in full before the response starts, and a validator (ETag) made from its HTML. */
final class RenderedPage implements Writable {

    private final String html;

    RenderedPage(String html) {
        this.html = html;
    }

    /**
     * A weak validator: the same for the same HTML (on any replica, since it depends on nothing
     * else), different as soon as anything shown changes, stock and prices included.
     */
    String etag() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    @Override
    public void writeTo(Writer out) throws IOException {
        out.write(html);
    }
}
