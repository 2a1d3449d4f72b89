package io.smm.membership.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocalizedNameTests {

    private final LocalizedName name = new LocalizedName("Gold", "黃金會員", "黄金会员");

    @Test
    void readsTraditionalChineseInTaiwanHongKongAndHant() {
        assertThat(name.in(Locale.TRADITIONAL_CHINESE)).isEqualTo("黃金會員");
        assertThat(name.in(Locale.forLanguageTag("zh-HK"))).isEqualTo("黃金會員");
        assertThat(name.in(Locale.forLanguageTag("zh-Hant"))).isEqualTo("黃金會員");
    }

    @Test
    void readsSimplifiedChineseForOtherChinese() {
        assertThat(name.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("黄金会员");
        assertThat(name.in(Locale.CHINESE)).isEqualTo("黄金会员");
    }

    @Test
    void readsEnglishOtherwiseAndWhenATranslationIsMissing() {
        assertThat(name.in(Locale.FRENCH)).isEqualTo("Gold");
        assertThat(name.in(null)).isEqualTo("Gold");
        assertThat(new LocalizedName("Gold", " ", null).in(Locale.TRADITIONAL_CHINESE)).isEqualTo("Gold");
    }
}
