package io.smm.membership.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.smm.membership.admin.web.HorizontalBarChart.Row;

class HorizontalBarChartTests {

    @Test
    void theLongestBarTakesTheWidthLeftForItsValueAndTheOthersTheirShare() {
        HorizontalBarChart chart = HorizontalBarChart.of(List.of("Champions", "Loyal", "Lost"),
                List.of(200L, 50L, 0L));

        assertThat(chart.getRows()).extracting(Row::getBarWidth).containsExactly(296.0, 74.0, 0.0);
        assertThat(chart.getRows()).allSatisfy(row -> assertThat(row.getValueX())
                .isEqualTo(row.getBarWidth() + HorizontalBarChart.VALUE_GAP));
        assertThat(chart.getRows().get(0).getValueX() + HorizontalBarChart.VALUE_ROOM - HorizontalBarChart.VALUE_GAP)
                .isEqualTo(chart.getWidth());
    }

    @Test
    void putsEachLabelAboveItsBarAndTheRowsOneUnderTheOther() {
        HorizontalBarChart chart = HorizontalBarChart.of(List.of("Loyal → At risk", "New → Loyal"),
                List.of(3L, 1L));

        Row first = chart.getRows().get(0);
        Row second = chart.getRows().get(1);
        assertThat(first.getLabel()).isEqualTo("Loyal → At risk");
        assertThat(first.getLabelY()).isLessThan(first.getBarY());
        assertThat(second.getBarY() - first.getBarY()).isEqualTo(HorizontalBarChart.ROW_HEIGHT);
        assertThat(second.getLabelY()).isGreaterThan(first.getBarY() + chart.getBarHeight());
        assertThat(chart.getHeight()).isEqualTo(second.getBarY() + chart.getBarHeight());
    }

    @Test
    void anAllZeroChartDrawsNoBars() {
        HorizontalBarChart chart = HorizontalBarChart.of(List.of("Champions", "Loyal"), List.of(0L, 0L));

        assertThat(chart.getRows()).allSatisfy(row -> assertThat(row.getBarWidth()).isZero());
        assertThat(chart.getRows()).extracting(Row::getValueText).containsExactly("0", "0");
    }
}
