package io.smm.membership.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCsvTests {

    @Test
    void textThatStartsLikeAFormulaIsWrittenBehindAnApostropheAndReadBackAsTyped() {
        for (String formula : new String[] { "=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1" }) {
            assertThat(SpreadsheetCsv.inert(formula)).isEqualTo("'" + formula);
            assertThat(SpreadsheetCsv.uninert(SpreadsheetCsv.inert(formula))).isEqualTo(formula);
        }
        assertThat(SpreadsheetCsv.inert("林美 mei@example.com")).isEqualTo("林美 mei@example.com");
        assertThat(SpreadsheetCsv.uninert("'quoted")).isEqualTo("'quoted");
    }
}
