package org.techan.search.internal;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a shopper typed, as engine queries. Chinese goes against the Chinese fields as bigrams,
 * with or without spaces; Latin letters against the English fields (typos forgiven), the
 * pinyin syllables and the initials. The loose reading, tried only when the strict one finds
 * nothing, also matches same-sounding characters (永太李干 finds 永泰李干).
 */
final class TextQueries {

    private static final List<String> CHINESE_FIELDS = List.of(
            "titleZh^3",
            "brandNameZh^2",
            "categoryNames^2",
            "shopNameZh^1.5",
            "regionNamesZh^1.5",
            "descriptionZh^0.5");
    private static final List<String> ENGLISH_FIELDS =
            List.of("titleEn^3", "categoryNames^2", "shopNameEn", "regionNamesEn", "descriptionEn^0.5");
    private static final int LONGEST_INITIALS = 8;

    private TextQueries() {}

    /** Any of the texts: what was typed and what synonyms make of it. */
    static Query anyOf(List<String> variants, boolean loose) {
        if (variants.size() == 1) {
            return of(variants.get(0), loose);
        }
        List<Query> alternatives = variants.stream().map(v -> of(v, loose)).toList();
        return Query.of(q -> q.bool(b -> b.should(alternatives).minimumShouldMatch("1")));
    }

    static Query of(String text, boolean loose) {
        String typed = text.trim();
        List<Query> alternatives = new ArrayList<>();
        if (PinyinReading.hasChinese(typed)) {
            alternatives.add(Query.of(q -> q.multiMatch(m -> m.query(typed)
                    .fields(CHINESE_FIELDS)
                    .type(TextQueryType.CrossFields)
                    .minimumShouldMatch(loose ? "1" : "2<75%"))));
            if (loose) {
                String syllables = PinyinReading.syllables(typed);
                alternatives.add(phrase("titlePinyin", syllables, 1));
                alternatives.add(phrase("otherPinyin", syllables, 0.5f));
            }
        }
        String latin = typed.replaceAll("[^\\p{IsLatin}\\d\\s'’]", " ").trim();
        if (!latin.isEmpty()) {
            alternatives.add(Query.of(q -> q.multiMatch(m -> m.query(latin)
                    .fields(ENGLISH_FIELDS)
                    .type(TextQueryType.BestFields)
                    .operator(loose ? Operator.Or : Operator.And)
                    .fuzziness("AUTO")
                    .prefixLength(1))));
            Optional<List<String>> syllables = PinyinReading.split(latin);
            syllables.ifPresent(s -> {
                alternatives.add(phrase("titlePinyin", String.join(" ", s), 2));
                alternatives.add(phrase("otherPinyin", String.join(" ", s), 1));
            });
            String letters = latin.replaceAll("\\s", "").toLowerCase();
            if (letters.matches("[a-z]{2," + LONGEST_INITIALS + "}")) {
                alternatives.add(Query.of(q ->
                        q.match(m -> m.field("titleInitials").query(letters).boost(1.5f))));
            }
        }
        if (alternatives.isEmpty()) {
            return Query.of(q -> q.matchNone(n -> n));
        }
        return Query.of(q -> q.bool(b -> b.should(alternatives).minimumShouldMatch("1")));
    }

    private static Query phrase(String field, String syllables, float boost) {
        return Query.of(q -> q.matchPhrase(m -> m.field(field).query(syllables).boost(boost)));
    }
}
