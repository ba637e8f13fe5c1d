package org.techan.storefront.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the storefront is written in; zh-CN comes first and is the default. */
final class SupportedLanguages {

    static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> ALL = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    static final String PARAMETER = "lang";
    static final String COOKIE = "techan_lang";

    private SupportedLanguages() {}

    /** Maps a tag such as {@code en-GB}, {@code zh}, {@code zh-Hans-CN} to a supported locale. */
    static Optional<Locale> match(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        String language =
                Locale.forLanguageTag(languageTag.trim().replace('_', '-')).getLanguage();
        return ALL.stream()
                .filter(locale -> locale.getLanguage().equals(language))
                .findFirst();
    }

    /** Picks the first supported language of an {@code Accept-Language} header, honouring weights. */
    static Optional<Locale> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> match(range.getRange()))
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
