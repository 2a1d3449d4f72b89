package io.smm.membership.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NameChoiceTests {

    private static final Locale TAIWAN = Locale.TRADITIONAL_CHINESE;
    private static final Locale CHINA = Locale.SIMPLIFIED_CHINESE;

    @Test
    void takesTheLocalesOwnLanguageAndRegionWhateverTheCodesCaseOrSeparator() {
        Map<String, String> names = names("en", "Cotton T-shirt", "zh-tw", "棉質T恤", "ZH_CN", "棉质T恤");

        assertThat(NameChoice.pick(names, TAIWAN, "en")).isEqualTo("棉質T恤");
        assertThat(NameChoice.pick(names, CHINA, "en")).isEqualTo("棉质T恤");
        assertThat(NameChoice.pick(names, Locale.ENGLISH, "en")).isEqualTo("Cotton T-shirt");
    }

    @Test
    void takesTheLanguageAloneBeforeAnotherRegion() {
        Map<String, String> names = names("zh_CN", "棉质T恤", "zh", "棉T恤", "en", "Cotton T-shirt");

        assertThat(NameChoice.pick(names, TAIWAN, "en")).isEqualTo("棉T恤");
        assertThat(NameChoice.pick(names, Locale.US, "zh")).isEqualTo("Cotton T-shirt");
    }

    @Test
    void readsTraditionalInHongKongAndTheOtherScriptBeforeTheStoresLanguage() {
        Map<String, String> names = names("zh_CN", "棉质T恤", "zh_TW", "棉質T恤", "en", "Cotton T-shirt");

        assertThat(NameChoice.pick(names, Locale.forLanguageTag("zh-HK"), "en")).isEqualTo("棉質T恤");
        assertThat(NameChoice.pick(names("zh_CN", "棉质T恤", "en", "Cotton T-shirt"), TAIWAN, "en"))
                .isEqualTo("棉质T恤");
    }

    @Test
    void fallsBackToTheStoresLanguageThenToAnyNameTheSameEachTime() {
        assertThat(NameChoice.pick(names("fr", "T-shirt en coton", "en", "Cotton T-shirt"), TAIWAN, "en"))
                .isEqualTo("Cotton T-shirt");
        assertThat(NameChoice.pick(names("fr", "T-shirt en coton", "es", "Camiseta"), TAIWAN, "en"))
                .isEqualTo("Camiseta");
        assertThat(NameChoice.pick(names("es", "Camiseta", "fr", "T-shirt en coton"), TAIWAN, "en"))
                .isEqualTo("Camiseta");
    }

    @Test
    void skipsBlankNamesAndHasNoneWithoutNames() {
        assertThat(NameChoice.pick(names("zh_TW", " ", "en", "Cotton T-shirt"), TAIWAN, "en"))
                .isEqualTo("Cotton T-shirt");
        assertThat(NameChoice.pick(Map.of(), TAIWAN, "en")).isNull();
    }

    private static Map<String, String> names(String... codesAndNames) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            names.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return names;
    }
}
