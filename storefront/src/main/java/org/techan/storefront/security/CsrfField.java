package org.techan.storefront.security;

import io.micronaut.core.annotation.Nullable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Finds the {@code _csrf} field in a form body without handing the body to the router first. */
final class CsrfField {

    private static final String PART_NAME = "name=\"" + CsrfTokens.FIELD + "\"";
    private static final String HEADERS_END = "\r\n\r\n";
    private static final int HEAD = 8 * 1024;

    private CsrfField() {}

    /** In {@code application/x-www-form-urlencoded}; a malformed escape counts as no token. */
    static @Nullable String inForm(String body) {
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && CsrfTokens.FIELD.equals(pair.substring(0, equals))) {
                try {
                    return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * In {@code multipart/form-data}: the value of the part named {@code _csrf}, which must come
     * before any file (our forms put it first), so only the head of an upload is looked at. The
     * token is ASCII, so the bytes are read one to one.
     */
    static @Nullable String inMultipart(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, HEAD), StandardCharsets.ISO_8859_1);
        int name = text.indexOf(PART_NAME);
        if (name < 0) {
            return null;
        }
        int start = text.indexOf(HEADERS_END, name);
        if (start < 0) {
            return null;
        }
        start += HEADERS_END.length();
        int end = text.indexOf("\r\n", start);
        return end < 0 ? null : text.substring(start, end);
    }
}
