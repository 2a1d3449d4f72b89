package io.smm.membership.analytics;

import java.util.List;

/**
 * A store's analytics settings: the RFM window in days, after how many days without a paid order a member is
 * asleep, and the fewest orders in the window for frequency scores 2, 3, 4 and 5.
 */
public final class AnalyticsTerms {

    public static final int DEFAULT_WINDOW_DAYS = 365;
    public static final int DEFAULT_SLEEP_DAYS = 90;
    public static final List<Integer> DEFAULT_THRESHOLDS = List.of(2, 3, 4, 6);

    private final int windowDays;
    private final int sleepDays;
    private final List<Integer> frequencyThresholds;

    public AnalyticsTerms(int windowDays, int sleepDays, List<Integer> frequencyThresholds) {
        this.windowDays = windowDays;
        this.sleepDays = sleepDays;
        this.frequencyThresholds = List.copyOf(frequencyThresholds);
    }

    public static AnalyticsTerms defaults() {
        return new AnalyticsTerms(DEFAULT_WINDOW_DAYS, DEFAULT_SLEEP_DAYS, DEFAULT_THRESHOLDS);
    }

    public int windowDays() {
        return windowDays;
    }

    public int sleepDays() {
        return sleepDays;
    }

    /** The fewest orders in the window for F = 2, 3, 4 and 5, strictly increasing. */
    public List<Integer> frequencyThresholds() {
        return frequencyThresholds;
    }
}
