package io.smm.membership.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** Members counted from spans are the members whose orders fall in the days, for any days. */
class OrderSpansTests {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);

    @Test
    void buyersAndRepurchasersOfAnyDaysAreCountedFromTheSpans() {
        OrderSpans spans = new OrderSpans(TAIPEI);
        List<List<Integer>> members = List.of(List.of(0, 3, 3, 9), List.of(5), List.of(2, 8, 20), List.of(12, 13));
        members.forEach(days -> spans.add(1, placed(days), nets(days.size()), 1));

        for (int from = 0; from <= 21; from++) {
            for (int until = from + 1; until <= 22; until++) {
                int[] counted = counted(spans, from, until);
                assertThat(counted[0]).as("buyers of days [%d, %d)", from, until)
                        .isEqualTo(withOrders(members, from, until, 1));
                assertThat(counted[1]).as("repurchasers of days [%d, %d)", from, until)
                        .isEqualTo(withOrders(members, from, until, 2));
            }
        }
    }

    @Test
    void ordersTakenAwayLeaveNoSpans() {
        OrderSpans spans = new OrderSpans(TAIPEI);
        spans.add(1, placed(List.of(1, 4, 6)), nets(3), 1);
        spans.add(1, placed(List.of(1, 4, 6)), nets(3), -1);

        List<OrderSpans.Key> left = new ArrayList<>();
        spans.forEach((key, tally) -> left.add(key));
        assertThat(left).isEmpty();
    }

    @Test
    void aMembersOrdersMovedToAnotherTierCountThere() {
        OrderSpans spans = new OrderSpans(TAIPEI);
        spans.add(1, placed(List.of(1, 4)), nets(2), 1);
        spans.add(1, placed(List.of(1, 4)), nets(2), -1);
        spans.add(2, placed(List.of(1, 4)), nets(2), 1);

        Map<String, Long> counts = new TreeMap<>();
        spans.forEach((key, tally) -> counts.put(key.toString(), tally.spans));
        assertThat(counts).containsOnlyKeys("-1:2025-06-02..2025-06-02@2", "0:2025-06-02..2025-06-02@2",
                "0:2025-06-05..2025-06-05@2", "1:2025-06-02..2025-06-05@2");
    }

    @Test
    void ordersCountOnTheLocalDayTheyWerePlacedWithTheirNetAmounts() {
        OrderSpans spans = new OrderSpans(TAIPEI);
        spans.add(1, List.of(Instant.parse("2025-06-30T15:59:59Z"), Instant.parse("2025-06-30T16:00:00Z")),
                List.of(new BigDecimal("10.50"), new BigDecimal("4.25")), 1);

        Map<String, BigDecimal> nets = new TreeMap<>();
        spans.forEach((key, tally) -> {
            if (key.gap == 0) {
                nets.put(key.first.toString(), tally.net);
            }
        });
        assertThat(nets).containsExactly(Map.entry("2025-06-30", new BigDecimal("10.50")),
                Map.entry("2025-07-01", new BigDecimal("4.25")));
    }

    /** Buyers and repurchasers of days [from, until) of June 2025, as the dashboard counts them from the sums. */
    private static int[] counted(OrderSpans spans, int from, int until) {
        long[] gaps = new long[OrderSpans.LONGEST_GAP + 1];
        spans.forEach((key, tally) -> {
            if (key.gap >= 0 && !key.first.isBefore(JUNE_1.plusDays(from))
                    && key.last.isBefore(JUNE_1.plusDays(until))) {
                gaps[key.gap] += tally.spans;
            }
        });
        return new int[] { (int) (gaps[0] - gaps[1]), (int) (gaps[1] - gaps[2]) };
    }

    private static int withOrders(List<List<Integer>> members, int from, int until, int atLeast) {
        return (int) members.stream().filter(days -> days.stream().filter(day -> day >= from && day < until)
                .count() >= atLeast).count();
    }

    private static List<Instant> placed(List<Integer> days) {
        List<Instant> placed = new ArrayList<>();
        days.forEach(day -> placed.add(JUNE_1.plusDays(day).atTime(12, 0).atZone(TAIPEI).toInstant()));
        return placed;
    }

    private static List<BigDecimal> nets(int orders) {
        return new ArrayList<>(Collections.nCopies(orders, BigDecimal.TEN));
    }
}
