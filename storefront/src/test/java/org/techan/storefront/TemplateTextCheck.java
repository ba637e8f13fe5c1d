package org.techan.storefront;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds text a reader would see that does not come from the message bundles: literal text between
 * tags, literal user-facing attributes, message keys missing from a language, and keys one
 * language has and another lacks.
 */
final class TemplateTextCheck {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern RAW_BLOCK =
            Pattern.compile("<(script|style)\\b[^>]*>.*?</\\1>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile("=\"[^\"]*\"");
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]*)<");
    private static final Pattern VISIBLE_ATTRIBUTE =
            Pattern.compile("\\s(placeholder|title|alt|aria-label|label)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");

    private final Path views;
    private final Path bundleDirectory;
    private final String bundleName;
    private final List<String> languages;

    TemplateTextCheck(Path views, Path bundleDirectory, String bundleName, List<String> languages) {
        this.views = views;
        this.bundleDirectory = bundleDirectory;
        this.bundleName = bundleName;
        this.languages = languages;
    }

    List<String> violations() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Properties> bundles = new ArrayList<>();
        for (String language : languages) {
            bundles.add(load(bundleDirectory.resolve(bundleName + "_" + language + ".properties")));
        }
        checkBundlesAgree(bundles, violations);
        try (Stream<Path> templates = Files.walk(views)) {
            for (Path template : templates
                    .filter(p -> p.toString().endsWith(".html"))
                    .sorted()
                    .toList()) {
                checkTemplate(template, bundles, violations);
            }
        }
        return violations;
    }

    private void checkBundlesAgree(List<Properties> bundles, List<String> violations) {
        Set<String> allKeys = new TreeSet<>();
        bundles.forEach(bundle -> allKeys.addAll(bundle.stringPropertyNames()));
        for (int i = 0; i < languages.size(); i++) {
            for (String key : allKeys) {
                String value = bundles.get(i).getProperty(key);
                if (value == null || value.isBlank()) {
                    violations.add("key '" + key + "' is missing in " + languages.get(i));
                } else if (value.contains("'")) {
                    // Message interpolation treats ' as a quote and drops it: write ’ instead.
                    violations.add("key '" + key + "' in " + languages.get(i) + " has a straight apostrophe");
                }
            }
        }
    }

    private void checkTemplate(Path template, List<Properties> bundles, List<String> violations) throws IOException {
        String name = views.relativize(template).toString();
        String html = Files.readString(template, StandardCharsets.UTF_8);
        String markup = RAW_BLOCK
                .matcher(DOCTYPE.matcher(COMMENT.matcher(html).replaceAll("")).replaceAll(""))
                .replaceAll("");
        // Attribute values may hold '>' (th:if="${a > b}"); blank them before looking between tags.
        Matcher text = TEXT_NODE.matcher(ATTRIBUTE_VALUE.matcher(markup).replaceAll("=\"\""));
        while (text.find()) {
            String literal = text.group(1).strip();
            if (!literal.isEmpty()) {
                violations.add(name + ": literal text '" + literal + "'");
            }
        }
        Matcher attribute = VISIBLE_ATTRIBUTE.matcher(markup);
        while (attribute.find()) {
            if (attribute.group(1).equals("alt") && attribute.group(2).isEmpty()) {
                continue; // alt="" marks a decorative image: there is nothing to translate
            }
            violations.add(name + ": literal " + attribute.group(1) + "='" + attribute.group(2) + "'");
        }
        Matcher key = MESSAGE_KEY.matcher(html);
        while (key.find()) {
            for (int i = 0; i < languages.size(); i++) {
                if (!bundles.get(i).containsKey(key.group(1))) {
                    violations.add(name + ": key '" + key.group(1) + "' is missing in " + languages.get(i));
                }
            }
        }
    }

    /** A bundle read as UTF-8; empty when the file is missing, so every key is reported missing. */
    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file);
                    var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
