package org.techan.storefront;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds message keys that the code uses but a language lacks, where the template check cannot see
 * them: keys written in Java (those carried by domain exceptions, passed to helpers, facet labels)
 * and keys computed from a prefix and a value ({@code #{'order.state.' + ${o.state}}}).
 *
 * <p>Deny by default: a key-shaped string in the code must be a message in every language, or
 * start with one of the declared {@code notMessages} prefixes (configuration properties, logins,
 * file names); a computed prefix must be declared with every value it can take.
 */
final class MessageKeysCheck {

    /**
     * A Java string literal shaped like a message key: lower case words with hyphens, dotted. Keys
     * never hold an underscore, which keeps SQL aliases and the payment provider's names out.
     */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    /** A Java string literal that ends in a dot: the prefix of a computed key. */
    private static final Pattern JAVA_PREFIX = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.)\"");

    /** A template expression computing a key from a prefix: #{'order.state.' + ${...}}. */
    private static final Pattern TEMPLATE_PREFIX = Pattern.compile("#\\{'([a-z0-9_.-]+\\.)'\\s*\\+");

    private final Collection<Path> javaSources;
    private final Path views;
    private final List<Properties> bundles;
    private final List<String> languages;
    private final Map<String, Collection<String>> computed;
    private final Set<String> notMessages;

    MessageKeysCheck(
            Collection<Path> javaSources,
            Path views,
            Path bundleDirectory,
            List<String> languages,
            Map<String, Collection<String>> computed,
            Set<String> notMessages)
            throws IOException {
        this.javaSources = javaSources;
        this.views = views;
        this.languages = languages;
        this.computed = computed;
        this.notMessages = notMessages;
        this.bundles = new ArrayList<>();
        for (String language : languages) {
            bundles.add(TemplateTextCheck.load(bundleDirectory.resolve("messages_" + language + ".properties")));
        }
    }

    List<String> violations() throws IOException {
        Set<String> violations = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Path source : files(javaSources, ".java")) {
            String java = Files.readString(source, StandardCharsets.UTF_8);
            Matcher key = KEY_LITERAL.matcher(java);
            while (key.find()) {
                if (notMessages.stream().noneMatch(key.group(1)::startsWith)) {
                    missing(key.group(1), source.getFileName().toString(), violations);
                }
            }
            Matcher prefix = JAVA_PREFIX.matcher(java);
            while (prefix.find()) {
                if (notMessages.stream().noneMatch(prefix.group(1)::startsWith)) {
                    prefixes.add(prefix.group(1));
                }
            }
        }
        for (Path template : files(List.of(views), ".html")) {
            Matcher prefix = TEMPLATE_PREFIX.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (prefix.find()) {
                prefixes.add(prefix.group(1));
            }
        }
        for (String prefix : prefixes) {
            Collection<String> values = computed.get(prefix);
            if (values == null) {
                violations.add("computed key '" + prefix + "…': declare the values it can take");
                continue;
            }
            values.forEach(value -> missing(prefix + value, "computed", violations));
        }
        return new ArrayList<>(violations);
    }

    private void missing(String key, String where, Set<String> violations) {
        for (int i = 0; i < languages.size(); i++) {
            if (!bundles.get(i).containsKey(key)) {
                violations.add(where + ": key '" + key + "' is missing in " + languages.get(i));
            }
        }
    }

    private static List<Path> files(Collection<Path> roots, String ending) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(ending)).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
