package io.smm.membership.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * The RFM scoring rules, pure (docs/analytics-rfm.md): quintile scores where ties share the score of the first
 * member with that value, frequency by the owner's thresholds, FM, and days since the last order in the store zone.
 */
final class RfmRules {

    private RfmRules() {
    }

    /**
     * The quintile score of each value: {@code 1 + floor(5 * (rank - 1) / n)}, rank being the 1-based position of the
     * first value equal to it in ascending order; higher values score higher. Sorts a copy, so memory stays flat.
     */
    static byte[] quintiles(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        byte[] scores = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            scores[i] = (byte) (1 + 5L * firstIndex(sorted, values[i]) / values.length);
        }
        return scores;
    }

    /** 1, or the highest score 2 to 5 whose fewest orders {@code orders} reaches. */
    static int frequency(int orders, List<Integer> thresholds) {
        int score = 1;
        for (int i = 0; i < thresholds.size(); i++) {
            if (orders >= thresholds.get(i)) {
                score = i + 2;
            }
        }
        return score;
    }

    static int frequencyMonetary(int frequency, int monetary) {
        return (frequency + monetary + 1) / 2;
    }

    /** Whole days from the day of {@code lastOrder} to the day of {@code now}, both in the store's zone. */
    static long daysSince(Instant lastOrder, Instant now, ZoneId zone) {
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(lastOrder, zone), LocalDate.ofInstant(now, zone));
    }

    private static int firstIndex(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
