package io.smm.membership.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * The RFM scoring rules, pure (docs/analytics-rfm.md): quintile scores by the share of members at or below a value,
 * frequency by the owner's thresholds, FM, and days since the last order in the store zone.
 */
final class RfmRules {

    private RfmRules() {
    }

    /**
     * The quintile score of each value: {@code ceil(5 * atOrBelow / n)}, {@code atOrBelow} being how many values are
     * at or below it (SQL's {@code CUME_DIST}), so equal values share a score, the highest value scores 5 and
     * nobody scores below a member with a lower value. Sorts a copy, so memory stays flat.
     */
    static byte[] quintiles(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        byte[] scores = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            scores[i] = (byte) ((5L * atOrBelow(sorted, values[i]) + values.length - 1) / values.length);
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

    /** How many of the sorted values are at or below {@code value}. */
    private static int atOrBelow(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
