package org.techan.stripestub.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A Stripe request body: {@code application/x-www-form-urlencoded} with bracketed keys such as
 * {@code metadata[order]} and {@code payment_method_data[card][number]}, kept flat and sorted.
 */
record FormBody(Map<String, String> parameters) {

    static FormBody parse(String body) {
        Map<String, String> parameters = new TreeMap<>();
        if (body != null && !body.isBlank()) {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String key = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                parameters.put(key, value);
            }
        }
        return new FormBody(Map.copyOf(parameters));
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(parameters.get(key)).filter(value -> !value.isEmpty());
    }

    /** Values under a bracketed prefix: {@code metadata[a]=1} gives {@code a -> 1}. */
    Map<String, String> nested(String prefix) {
        String start = prefix + "[";
        return parameters.entrySet().stream()
                .filter(entry ->
                        entry.getKey().startsWith(start) && entry.getKey().endsWith("]"))
                .collect(Collectors.toMap(
                        entry -> entry.getKey()
                                .substring(start.length(), entry.getKey().length() - 1),
                        Map.Entry::getValue,
                        (first, second) -> second,
                        TreeMap::new));
    }

    long requiredAmount(String key) {
        String raw = get(key).orElseThrow(() -> StubError.missing(key));
        try {
            long amount = Long.parseLong(raw);
            if (amount < 1) {
                throw StubError.invalid(key, "Invalid " + key + ": must be at least 1");
            }
            return amount;
        } catch (NumberFormatException e) {
            throw StubError.invalid(key, "Invalid integer: " + raw);
        }
    }

    /** Same request, same fingerprint: method, path and every parameter in sorted order. */
    String fingerprint(String method, String path) {
        StringBuilder canonical = new StringBuilder(method).append(' ').append(path);
        new TreeMap<>(parameters)
                .forEach((key, value) ->
                        canonical.append('\n').append(key).append('=').append(value));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A broken escape stays as it came: the parameter then fails validation like any bad value (400). */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
