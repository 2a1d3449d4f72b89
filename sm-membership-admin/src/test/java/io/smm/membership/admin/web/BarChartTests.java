package io.smm.membership.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.smm.membership.admin.web.BarChart.Label;

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

    @ParameterizedTest
    @ValueSource(ints = { 6, 12 })
    void labelsEveryMonthOfAHalfOrAWholeYear(int count) {
        BarChart chart = BarChart.of(months(count), List.of("Up"), List.of(Collections.nCopies(count, 1L)));

        assertThat(chart.getLabels()).extracting(BarChart.Label::getText).isEqualTo(months(count));
        assertLabelsFit(chart);
    }

    @Test
    void labelsEverySecondMonthOfTwoYearsEndingWithTheLatest() {
        BarChart chart = BarChart.of(months(24), List.of("Up"), List.of(Collections.nCopies(24, 1L)));

        assertThat(chart.getLabels()).extracting(BarChart.Label::getText).hasSize(12)
                .startsWith("2025-02").endsWith("2026-12");
        assertLabelsFit(chart);
    }

    @ParameterizedTest
    @ValueSource(ints = { 30, 90, 365 })
    void thinsDayLabelsSoThatTheyNeitherOverlapNorLeaveTheChart(int count) {
        List<String> days = days(count);
        BarChart chart = BarChart.of(days, List.of("Uses"), List.of(Collections.nCopies(count, 1L)));

        assertThat(chart.getLabels().size()).isBetween(4, 12);
        assertThat(chart.getLabels().get(chart.getLabels().size() - 1).getText()).isEqualTo(days.get(count - 1));
        assertLabelsFit(chart);
    }

    @Test
    void givesChineseCharactersTheRoomOfAWholeCharacter() {
        assertThat(BarChart.textWidth("2026-03")).isEqualTo(7 * 6.6, within(0.01));
        assertThat(BarChart.textWidth("2026年3月")).isEqualTo(5 * 6.6 + 2 * 11, within(0.01));
    }

    @Test
    void movesALabelThatWouldStickOutOfTheChartInwards() {
        BarChart year = BarChart.of(days(365), List.of("Uses"), List.of(Collections.nCopies(365, 1L)));
        Label latest = year.getLabels().get(year.getLabels().size() - 1);
        Label wide = BarChart.labels(List.of("a label wider than the value axis"), 20, BarChart.WIDTH).get(0);

        assertThat(latest.getX() + latest.getWidth() / 2).isEqualTo(BarChart.WIDTH);
        assertThat(wide.getX() - wide.getWidth() / 2).isZero();
    }

    @Test
    void aNarrowChartKeepsItsBarsAndLabelsInsideItsNarrowerViewBox() {
        BarChart chart = BarChart.of(List.of("Basic", "Silver", "Gold", "Platinum"), List.of("Now", "Before"),
                List.of(List.of(1L, 2L, 3L, 4L), List.of(4L, 3L, 2L, 1L)), BarChart.NARROW);

        assertThat(chart.getWidth()).isEqualTo(BarChart.NARROW);
        assertThat(chart.getRight()).isEqualTo(BarChart.NARROW - BarChart.RIGHT);
        assertThat(chart.getBars()).allSatisfy(bar -> assertThat(bar.getX() + bar.getWidth())
                .isLessThanOrEqualTo(chart.getRight()));
        assertThat(chart.getLabels()).hasSize(4);
        assertLabelsFit(chart);
    }

    /** Inside the view box, in order, each at least the gap away from the next. */
    private static void assertLabelsFit(BarChart chart) {
        List<Label> labels = chart.getLabels();
        assertThat(labels).allSatisfy(label -> {
            assertThat(label.getX() - label.getWidth() / 2).isGreaterThanOrEqualTo(0);
            assertThat(label.getX() + label.getWidth() / 2).isLessThanOrEqualTo(chart.getWidth());
        });
        for (int i = 1; i < labels.size(); i++) {
            assertThat(labels.get(i - 1).getX() + labels.get(i - 1).getWidth() / 2 + BarChart.LABEL_GAP)
                    .isLessThanOrEqualTo(labels.get(i).getX() - labels.get(i).getWidth() / 2);
        }
    }

    @Test
    void anAllZeroChartStillHasAnAxisFromZeroToFour() {
        BarChart chart = BarChart.of(MONTHS, List.of("Up", "Down"), List.of(List.of(0L, 0L, 0L),
                List.of(0L, 0L, 0L)));

        assertThat(chart.getTicks()).extracting(BarChart.Tick::getValue).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(chart.getBars()).hasSize(6).allSatisfy(bar -> assertThat(bar.getHeight()).isZero());
    }

    /** The {@code count} months up to December 2026, as the tier charts name them. */
    private static List<String> months(int count) {
        YearMonth last = YearMonth.of(2026, 12);
        return IntStream.range(0, count).mapToObj(i -> last.minusMonths(count - 1 - i).toString())
                .collect(Collectors.toList());
    }

    /** The {@code count} days up to 5 December 2026, as the coupon usage chart names them. */
    private static List<String> days(int count) {
        LocalDate last = LocalDate.of(2026, 12, 5);
        return IntStream.range(0, count).mapToObj(i -> last.minusDays(count - 1 - i).toString())
                .collect(Collectors.toList());
    }
}
