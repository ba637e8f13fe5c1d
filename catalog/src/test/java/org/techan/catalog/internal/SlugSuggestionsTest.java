package org.techan.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugSuggestionsTest {

    @Test
    void readsTheChineseNameAsPinyinAWordPerRunOfCharacters() {
        assertThat(SlugSuggestions.base("永泰李干", null)).isEqualTo("yongtailigan");
        assertThat(SlugSuggestions.base("永泰 李干（二号）", "")).isEqualTo("yongtai-ligan-erhao");
        assertThat(SlugSuggestions.base("赣南脐橙2号", null)).isEqualTo("gannanqicheng-2-hao");
        assertThat(SlugSuggestions.base("重庆长寿柚", null)).isEqualTo("chongqingchangshouyou");
    }

    @Test
    void prefersTheEnglishNameWhenItMakesOne() {
        assertThat(SlugSuggestions.base("永泰李干", "Yongtai Dried Plums & Co.")).isEqualTo("yongtai-dried-plums-co");
        assertThat(SlugSuggestions.base("永泰李干", "—")).isEqualTo("yongtailigan");
    }

    @Test
    void makesNoneOfSymbolsAndCutsLongNamesBetweenWords() {
        assertThat(SlugSuggestions.base("！？", "…")).isEmpty();
        assertThat(SlugSuggestions.base(null, null)).isEmpty();
        String longName = "word ".repeat(20);
        String cut = SlugSuggestions.base(null, longName);
        assertThat(cut).hasSizeLessThanOrEqualTo(SlugSuggestions.LONGEST).matches("word(-word)*");
    }
}
