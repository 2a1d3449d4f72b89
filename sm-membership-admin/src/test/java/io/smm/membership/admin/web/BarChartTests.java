package io.smm.membership.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BarChartTests {

    private static final List<String> MONTHS = List.of("2026-01", "2026-02", "2026-03");

    @Test
    void scalesTheTallestBarToTheTopOfTheNextRoundNumber() {
        BarChart chart = BarChart.of(MONTHS, List.of("Silver", "Gold"), List.of(List.of(0L, 4L, 8L),
                List.of(2L, 0L, 1L)));

        assertThat(chart.getTicks()).extracting(BarChart.Tick::getValue).containsExactly(0L, 2L, 4L, 6L, 8L);
        assertThat(chart.getTicks()).extracting(BarChart.Tick::getY).containsExactly(220.0, 168.0, 116.0, 64.0, 12.0);
        BarChart.Bar tallest = chart.getBars().get(2);
        assertThat(tallest.getSeriesName()).isEqualTo("Silver");
        assertThat(tallest.getGroup()).isEqualTo("2026-03");
        assertThat(tallest.getY()).isEqualTo(12.0);
        assertThat(tallest.getHeight()).isEqualTo(208.0);
        assertThat(tallest.getX()).isEqualTo(512.4);
    }

    @Test
    void putsEachSeriesBesideThePreviousOneInItsMonthAndAZeroOnTheBaseline() {
        BarChart chart = BarChart.of(MONTHS, List.of("Silver", "Gold"), List.of(List.of(0L, 4L, 8L),
                List.of(2L, 0L, 1L)));

        BarChart.Bar silverInJanuary = chart.getBars().get(0);
        BarChart.Bar goldInJanuary = chart.getBars().get(3);
        assertThat(silverInJanuary.getHeight()).isZero();
        assertThat(silverInJanuary.getY()).isEqualTo(chart.getBaseline());
        assertThat(goldInJanuary.getSeries()).isEqualTo(1);
        assertThat(goldInJanuary.getX()).isEqualTo(164.7);
        assertThat(goldInJanuary.getWidth()).isEqualTo(86.9);
        assertThat(goldInJanuary.getY()).isEqualTo(168.0);
        assertThat(goldInJanuary.getHeight()).isEqualTo(52.0);
        assertThat(goldInJanuary.getValueText()).isEqualTo("2");
        assertThat(chart.getBars()).allSatisfy(bar -> assertThat(bar.getX() + bar.getWidth())
                .isLessThanOrEqualTo(chart.getRight()));
    }

    @Test
    void roundStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(BarChart.niceStep(0)).isEqualTo(1);
        assertThat(BarChart.niceStep(4)).isEqualTo(1);
        assertThat(BarChart.niceStep(5)).isEqualTo(2);
        assertThat(BarChart.niceStep(20)).isEqualTo(5);
        assertThat(BarChart.niceStep(21)).isEqualTo(10);
        assertThat(BarChart.niceStep(41)).isEqualTo(20);
        assertThat(BarChart.niceStep(100_000)).isEqualTo(50_000);
    }

    @Test
    void labelsEveryMonthUpToTwelveAndEverySecondOneOfTwentyFourEndingWithTheLatest() {
        BarChart twelve = BarChart.of(months(12), List.of("Up"), List.of(Collections.nCopies(12, 1L)));
        BarChart twentyFour = BarChart.of(months(24), List.of("Up"), List.of(Collections.nCopies(24, 1L)));

        assertThat(twelve.getLabels()).hasSize(12);
        assertThat(twentyFour.getLabels()).extracting(BarChart.Label::getText).hasSize(12)
                .startsWith("M1").endsWith("M23");
    }

    @Test
    void anAllZeroChartStillHasAnAxisFromZeroToFour() {
        BarChart chart = BarChart.of(MONTHS, List.of("Up", "Down"), List.of(List.of(0L, 0L, 0L),
                List.of(0L, 0L, 0L)));

        assertThat(chart.getTicks()).extracting(BarChart.Tick::getValue).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(chart.getBars()).hasSize(6).allSatisfy(bar -> assertThat(bar.getHeight()).isZero());
    }

    private static List<String> months(int count) {
        return IntStream.range(0, count).mapToObj(i -> "M" + i).collect(Collectors.toList());
    }
}
