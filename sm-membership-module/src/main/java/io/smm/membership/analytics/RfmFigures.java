package io.smm.membership.analytics;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * Every customer of a store in primitive arrays by ascending id, so a run over 100,000 members stays small: their
 * registration, paid orders and spend (in ten-thousandths, as stored), last paid order, favourite category, segment
 * before the run and the scores of the run.
 */
final class RfmFigures {

    static final long NONE = Long.MIN_VALUE;
    /** No score row yet. */
    static final byte UNSEEN = -2;
    /** A row without a segment. */
    static final byte UNSCORED = -1;

    final long[] ids;
    final long[] registeredAt;
    final int[] lifetimeOrders;
    final long[] lifetimeSpend;
    final int[] windowOrders;
    final long[] windowSpend;
    final long[] lastOrderAt;
    final long[] favouriteCategory;
    final byte[] before;
    final byte[] recency;
    final byte[] frequency;
    final byte[] monetary;
    final byte[] segment;

    RfmFigures(long[] ids, long[] registeredAt) {
        int n = ids.length;
        this.ids = ids;
        this.registeredAt = registeredAt;
        lifetimeOrders = new int[n];
        lifetimeSpend = new long[n];
        windowOrders = new int[n];
        windowSpend = new long[n];
        lastOrderAt = new long[n];
        Arrays.fill(lastOrderAt, NONE);
        favouriteCategory = new long[n];
        Arrays.fill(favouriteCategory, NONE);
        before = new byte[n];
        Arrays.fill(before, UNSEEN);
        recency = new byte[n];
        frequency = new byte[n];
        monetary = new byte[n];
        segment = new byte[n];
        Arrays.fill(segment, UNSCORED);
    }

    int size() {
        return ids.length;
    }

    /** The customer's position, or -1 when the store has no such customer. */
    int indexOf(long customerId) {
        int index = Arrays.binarySearch(ids, customerId);
        return index < 0 ? -1 : index;
    }

    /** Scores the members with a paid order in the window (docs/analytics-rfm.md); the others keep no segment. */
    int score(AnalyticsTerms terms, RfmGrid grid, Instant now, ZoneId zone) {
        int scored = 0;
        for (int i = 0; i < size(); i++) {
            scored += windowOrders[i] > 0 ? 1 : 0;
        }
        int[] members = new int[scored];
        long[] recent = new long[scored];
        long[] spend = new long[scored];
        int next = 0;
        for (int i = 0; i < size(); i++) {
            if (windowOrders[i] > 0) {
                members[next] = i;
                recent[next] = -RfmRules.daysSince(Instant.ofEpochMilli(lastOrderAt[i]), now, zone);
                spend[next++] = windowSpend[i];
            }
        }
        byte[] r = RfmRules.quintiles(recent);
        byte[] m = RfmRules.quintiles(spend);
        for (int k = 0; k < scored; k++) {
            int i = members[k];
            recency[i] = r[k];
            monetary[i] = m[k];
            frequency[i] = (byte) RfmRules.frequency(windowOrders[i], terms.frequencyThresholds());
            segment[i] = (byte) grid.segment(r[k], RfmRules.frequencyMonetary(frequency[i], m[k])).ordinal();
        }
        return scored;
    }
}
