package org.techan.search.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.platform.RuleViolationException;

/**
 * Synonym groups (土豆/马铃薯/洋芋) read from a file operators edit. Applied to the query, not the
 * index, so a changed file takes effect on reload without rebuilding anything, on every engine
 * version. Each replica rereads the file when it changes (a shared volume or ConfigMap).
 */
@Singleton
class Synonyms {

    private static final Logger LOG = LoggerFactory.getLogger(Synonyms.class);
    private static final String BUNDLED = "/search/synonyms.txt";
    /** Enough alternatives for any real query; a query naming many groups must not explode. */
    static final int MOST_VARIANTS = 8;

    private final Path file;
    private final RecentResults results;
    private volatile List<List<String>> groups;
    private volatile FileTime loadedVersion;

    Synonyms(@Nullable @Value("${techan.search.synonyms-file:}") String configured, RecentResults results) {
        this.results = results;
        this.file = configured == null || configured.isBlank()
                ? Path.of(System.getenv().getOrDefault("TECHAN_DATA_DIR", "data"), "synonyms.txt")
                : Path.of(configured);
        ensureFileExists();
        this.groups = parse(read());
        this.loadedVersion = modified();
    }

    Path file() {
        return file;
    }

    int groupCount() {
        return groups.size();
    }

    /**
     * Rereads the file; a malformed one changes nothing.
     *
     * @throws RuleViolationException naming the first bad line
     */
    int reload() {
        FileTime version = modified();
        List<List<String>> fresh = parse(read());
        groups = fresh;
        loadedVersion = version;
        results.forgetAll();
        LOG.info("Loaded {} synonym groups from {}", fresh.size(), file);
        return fresh.size();
    }

    @Scheduled(fixedDelay = "${techan.search.synonyms-check:30s}", initialDelay = "${techan.search.synonyms-check:30s}")
    void reloadIfChanged() {
        if (!modified().equals(loadedVersion)) {
            try {
                reload();
            } catch (RuleViolationException e) {
                LOG.warn("{} changed but has a bad line; keeping the groups loaded before: {}", file, e.getMessage());
                loadedVersion = modified();
            }
        }
    }

    /** {@code text} and the texts its synonyms make of it: 土豆粉 → 马铃薯粉, 洋芋粉 … */
    List<String> variants(String text) {
        Set<String> variants = new LinkedHashSet<>(List.of(text));
        String lower = text.toLowerCase(Locale.ROOT);
        for (List<String> group : groups) {
            for (String word : group) {
                int at = lower.indexOf(word);
                if (at < 0) {
                    continue;
                }
                for (String other : group) {
                    if (!other.equals(word) && variants.size() < MOST_VARIANTS) {
                        variants.add(text.substring(0, at) + other + text.substring(at + word.length()));
                    }
                }
                break;
            }
        }
        return new ArrayList<>(variants);
    }

    static List<List<String>> parse(List<String> lines) {
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String word : line.split("[,，]")) {
                String clean = word.strip().toLowerCase(Locale.ROOT);
                if (clean.isEmpty() || clean.length() > 30) {
                    throw new RuleViolationException("search.synonyms.bad-line", i + 1, line);
                }
                words.add(clean);
            }
            if (words.size() < 2) {
                throw new RuleViolationException("search.synonyms.bad-line", i + 1, line);
            }
            // Longest first, so 土豆粉 is found as 土豆粉 before 土豆 when both are listed.
            words.sort((a, b) -> b.length() - a.length());
            groups.add(List.copyOf(words));
        }
        return List.copyOf(groups);
    }

    private List<String> read() {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the synonyms file " + file, e);
        }
    }

    private FileTime modified() {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** A first start gets the bundled list as a file of its own, ready to edit. */
    private void ensureFileExists() {
        if (Files.exists(file)) {
            return;
        }
        try (InputStream bundled = Synonyms.class.getResourceAsStream(BUNDLED)) {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.copy(bundled, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the synonyms file " + file, e);
        }
    }
}
