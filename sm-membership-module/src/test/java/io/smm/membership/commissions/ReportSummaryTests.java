package io.smm.membership.commissions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportSummaryTests {

    @Test
    void convertsOrdersPerClickAndHasNoRateWithoutClicks() {
        assertThat(ReportSummary.conversion(1, 3)).isEqualByComparingTo("0.3333");
        assertThat(ReportSummary.conversion(0, 5)).isEqualByComparingTo("0");
        assertThat(ReportSummary.conversion(2, 0)).isNull();
    }
}
