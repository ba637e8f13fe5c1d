package org.techan.search.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin of Chinese text, computed here at index time so no engine plugin is needed: full
 * syllables ({@code 永泰李干} → {@code yong tai li gan}) and initials ({@code ytlg}); and the
 * reverse for queries, splitting what a shopper typed ({@code yongtai ligan}) into syllables.
 */
final class PinyinReading {

    /**
     * Readings where the dictionary's first reading is not the one used in produce names:
     * 桔 in 蜜桔 is jú, not jié (桔梗); 重庆 is chóng qìng.
     */
    private static final Map<String, String> PREFERRED = Map.of(
            "桔", "ju",
            "重庆", "chong qing",
            "长白", "chang bai",
            "蚌埠", "beng bu",
            "六安", "lu an",
            "丽水", "li shui",
            "单县", "shan xian");

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final Set<String> SYLLABLES = new HashSet<>();
    private static final int LONGEST_SYLLABLE = 6;

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
        for (char c = '\u4e00'; c <= '\u9fa5'; c++) {
            for (String reading : readings(c)) {
                SYLLABLES.add(reading);
            }
        }
    }

    private PinyinReading() {}

    /** Space-separated syllables; letters and digits pass through as words of their own. */
    static String syllables(String text) {
        return String.join(" ", words(text));
    }

    /** The first letter of each syllable, run together: {@code 永泰李干} → {@code ytlg}. */
    static String initials(String text) {
        StringBuilder initials = new StringBuilder();
        for (String word : words(text)) {
            if (isSyllable(word)) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    /** Whether {@code text} has any Chinese character to read. */
    static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(PinyinReading::isChinese);
    }

    /**
     * Splits typed pinyin into syllables, each space-separated word on its own, preferring fewer
     * and longer syllables ({@code xian} stays one); empty unless every letter belongs to one.
     */
    static Optional<List<String>> split(String typed) {
        List<String> syllables = new ArrayList<>();
        for (String word : typed.toLowerCase().trim().split("[\\s'’]+")) {
            if (word.isEmpty()) {
                continue;
            }
            Optional<List<String>> split = splitWord(word);
            if (split.isEmpty()) {
                return Optional.empty();
            }
            syllables.addAll(split.get());
        }
        return syllables.isEmpty() ? Optional.empty() : Optional.of(syllables);
    }

    private static Optional<List<String>> splitWord(String word) {
        int n = word.length();
        int[] fewest = new int[n + 1];
        int[] cut = new int[n + 1];
        java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - LONGEST_SYLLABLE); start < end; start++) {
                if (fewest[start] != Integer.MAX_VALUE
                        && fewest[start] + 1 < fewest[end]
                        && SYLLABLES.contains(word.substring(start, end))) {
                    fewest[end] = fewest[start] + 1;
                    cut[end] = start;
                }
            }
        }
        if (fewest[n] == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        List<String> syllables = new ArrayList<>();
        for (int end = n; end > 0; end = cut[end]) {
            syllables.add(0, word.substring(cut[end], end));
        }
        return Optional.of(syllables);
    }

    private static boolean isSyllable(String word) {
        return SYLLABLES.contains(word);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder latin = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            String preferred = preferredAt(text, i);
            char c = text.charAt(i);
            if (preferred != null || isChinese(c)) {
                flush(latin, words);
                String reading = preferred != null ? preferred : first(c);
                if (reading != null) {
                    words.addAll(List.of(reading.split(" ")));
                }
                i += preferred != null ? preferredLength(text, i) : 1;
            } else if (Character.isLetterOrDigit(c)) {
                latin.append(Character.toLowerCase(c));
                i++;
            } else {
                flush(latin, words);
                i++;
            }
        }
        flush(latin, words);
        return words;
    }

    private static String preferredAt(String text, int i) {
        int length = preferredLength(text, i);
        return length == 0 ? null : PREFERRED.get(text.substring(i, i + length));
    }

    private static int preferredLength(String text, int i) {
        for (int length = 2; length >= 1; length--) {
            if (i + length <= text.length() && PREFERRED.containsKey(text.substring(i, i + length))) {
                return length;
            }
        }
        return 0;
    }

    private static void flush(StringBuilder latin, List<String> words) {
        if (latin.length() > 0) {
            words.add(latin.toString());
            latin.setLength(0);
        }
    }

    private static boolean isChinese(int c) {
        return c >= '\u4e00' && c <= '\u9fa5';
    }

    private static String first(char c) {
        String[] readings = readings(c);
        return readings.length == 0 ? null : readings[0];
    }

    private static String[] readings(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null ? new String[0] : readings;
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("Lower case without tones is a valid pinyin format", e);
        }
    }
}
