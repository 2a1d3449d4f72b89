package io.smm.membership.groups;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullNameRuleTests {

    @Test
    void writesAChineseNameFamilyFirstWithoutASpace() {
        assertThat(FullNameRule.compose("浩", "王")).isEqualTo("王浩");
        assertThat(FullNameRule.compose("美玲", "陳")).isEqualTo("陳美玲");
        assertThat(FullNameRule.compose("小明", "司马")).isEqualTo("司马小明");
    }

    @Test
    void writesJapaneseAndKoreanNamesFamilyFirstWithoutASpace() {
        assertThat(FullNameRule.compose("花子", "佐藤")).isEqualTo("佐藤花子");
        assertThat(FullNameRule.compose("さくら", "山田")).isEqualTo("山田さくら");
        assertThat(FullNameRule.compose("민준", "김")).isEqualTo("김민준");
    }

    @Test
    void writesALatinNameGivenFirstWithASpaceWhateverItsOrigin() {
        assertThat(FullNameRule.compose("Hao", "Wang")).isEqualTo("Hao Wang");
        assertThat(FullNameRule.compose("Ana", "Lee")).isEqualTo("Ana Lee");
        assertThat(FullNameRule.compose("Zoë", "Müller-Lüdenscheidt")).isEqualTo("Zoë Müller-Lüdenscheidt");
        assertThat(FullNameRule.compose("Ivan", "Petrov")).isEqualTo("Ivan Petrov");
        assertThat(FullNameRule.compose("Иван", "Петров")).isEqualTo("Иван Петров");
    }

    @Test
    void writesANameThatMixesScriptsGivenFirstWithASpace() {
        assertThat(FullNameRule.compose("Hao", "王")).isEqualTo("Hao 王");
        assertThat(FullNameRule.compose("浩", "Wang")).isEqualTo("浩 Wang");
        assertThat(FullNameRule.compose("No. 1", "王")).isEqualTo("No. 1 王");
    }

    @Test
    void ignoresPunctuationDigitsAndOuterSpacesWhenReadingTheScript() {
        assertThat(FullNameRule.compose(" 浩 ", "\t王")).isEqualTo("王浩");
        assertThat(FullNameRule.compose("・花子", "佐藤")).isEqualTo("佐藤・花子");
        assertThat(FullNameRule.compose("一2", "王")).isEqualTo("王一2");
        assertThat(FullNameRule.compose("2", "王")).as("a part without letters is no Chinese name")
                .isEqualTo("2 王");
    }

    @Test
    void writesTheOtherPartAloneWhenOneIsBlank() {
        assertThat(FullNameRule.compose("Hao", null)).isEqualTo("Hao");
        assertThat(FullNameRule.compose("  ", "王")).isEqualTo("王");
        assertThat(FullNameRule.compose("", "Wang")).isEqualTo("Wang");
    }

    @Test
    void hasNoNameWhenBothPartsAreBlank() {
        assertThat(FullNameRule.compose(null, null)).isNull();
        assertThat(FullNameRule.compose(" ", "")).isNull();
    }
}
