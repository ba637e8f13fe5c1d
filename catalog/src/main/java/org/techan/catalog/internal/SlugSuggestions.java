package org.techan.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.techan.catalog.SlugKind;

/**
 * Web names made from what people type anyway, the name: the English name when there is one
 * ({@code Yongtai Plums} → {@code yongtai-plums}), else the pinyin of the Chinese name, a word per
 * run of Chinese characters ({@code 永泰李干} → {@code yongtailigan}). A name taken already gets the
 * first free number ({@code -2}, {@code -3} …).
 */
@Singleton
class SlugSuggestions {

    static final int LONGEST = 60;
    private static final int SHORTEST = 3;

    /** Readings where the dictionary's first is not the one used in place and produce names. */
    private static final Map<Character, String> PREFERRED = Map.of('桔', "ju", '重', "chong", '长', "chang", '乐', "le");

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private final ShopRepository shops;
    private final CategoryRepository categories;
    private final PavilionRepository pavilions;
    private final BrandRepository brands;

    SlugSuggestions(
            ShopRepository shops, CategoryRepository categories, PavilionRepository pavilions, BrandRepository brands) {
        this.shops = shops;
        this.categories = categories;
        this.pavilions = pavilions;
        this.brands = brands;
    }

    /** A free web name of {@code kind} for the names; empty when neither gives one (only symbols). */
    String free(SlugKind kind, @Nullable String nameZh, @Nullable String nameEn) {
        String base = base(nameZh, nameEn);
        if (base.isEmpty()) {
            return "";
        }
        Predicate<String> taken = taken(kind);
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String numbered = cut(base, LONGEST - suffix.length()) + suffix;
            if (!taken.test(numbered)) {
                return numbered;
            }
        }
    }

    /**
     * The web name a form gave, or, left blank, the free one the names make.
     *
     * @throws org.techan.platform.RuleViolationException {@code messageKey} for a malformed one
     */
    String givenOrFree(
            SlugKind kind,
            @Nullable String given,
            @Nullable String nameZh,
            @Nullable String nameEn,
            String messageKey) {
        String slug = given == null || given.isBlank() ? free(kind, nameZh, nameEn) : given;
        return Input.slug(slug, messageKey);
    }

    /** The web name the names make, before any number; empty when they make none. */
    static String base(@Nullable String nameZh, @Nullable String nameEn) {
        String fromEnglish = words(nameEn == null ? "" : nameEn, false);
        String slug = fromEnglish.length() >= SHORTEST ? fromEnglish : words(nameZh == null ? "" : nameZh, true);
        slug = cut(slug, LONGEST);
        return slug.length() >= SHORTEST ? slug : "";
    }

    private Predicate<String> taken(SlugKind kind) {
        return switch (kind) {
            case SHOP -> shops::existsBySlug;
            case CATEGORY -> slug -> categories.findBySlug(slug).isPresent();
            case PAVILION -> pavilions::existsBySlug;
            case BRAND -> brands::existsBySlug;
        };
    }

    /** Lower-case words joined by hyphens; Chinese runs become one pinyin word each. */
    private static String words(String text, boolean readChinese) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inChinese = false;
        for (char c : text.toCharArray()) {
            boolean chinese = c >= '\u4e00' && c <= '\u9fa5';
            if (chinese && !readChinese) {
                continue;
            }
            if (chinese != inChinese || !(chinese || isAsciiLetterOrDigit(c))) {
                flush(word, words);
            }
            inChinese = chinese;
            if (chinese) {
                word.append(reading(c));
            } else if (isAsciiLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            }
        }
        flush(word, words);
        return String.join("-", words);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }

    /** Cuts at a hyphen when it can, so that no word is broken in two. */
    private static String cut(String slug, int longest) {
        if (slug.length() <= longest) {
            return slug;
        }
        String cut = slug.substring(0, longest);
        int hyphen = cut.lastIndexOf('-');
        cut = hyphen >= SHORTEST ? cut.substring(0, hyphen) : cut;
        return cut.endsWith("-") ? cut.substring(0, cut.length() - 1) : cut;
    }

    private static String reading(char c) {
        String preferred = PREFERRED.get(c);
        if (preferred != null) {
            return preferred;
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? "" : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("Lower case without tones is a valid pinyin format", e);
        }
    }
}
