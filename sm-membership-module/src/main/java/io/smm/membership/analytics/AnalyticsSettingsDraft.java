package io.smm.membership.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.smm.membership.web.Draft;
import io.smm.membership.web.Violation;

/**
 * The owner's analytics settings: the RFM window (30 to 1,095 days), the days without a paid order after which a
 * member is asleep (1 to 730), and the fewest orders for frequency scores 2 to 5, at least 2 and each above the
 * one before.
 */
public class AnalyticsSettingsDraft extends Draft {

    static final String REQUIRED = "membership.analytics.settings.required";
    static final String RANGE = "membership.analytics.settings.range";
    private static final String THRESHOLD_MIN = "membership.analytics.settings.threshold-min";
    private static final String THRESHOLD_ORDER = "membership.analytics.settings.threshold-order";
    private static final String[] THRESHOLDS = { "f2Orders", "f3Orders", "f4Orders", "f5Orders" };

    private Integer windowDays;
    private Integer sleepDays;
    private Integer f2Orders;
    private Integer f3Orders;
    private Integer f4Orders;
    private Integer f5Orders;

    /** A draft holding the given terms, for a form. */
    public static AnalyticsSettingsDraft of(AnalyticsTerms terms) {
        AnalyticsSettingsDraft draft = new AnalyticsSettingsDraft();
        draft.windowDays = terms.windowDays();
        draft.sleepDays = terms.sleepDays();
        List<Integer> thresholds = terms.frequencyThresholds();
        draft.f2Orders = thresholds.get(0);
        draft.f3Orders = thresholds.get(1);
        draft.f4Orders = thresholds.get(2);
        draft.f5Orders = thresholds.get(3);
        return draft;
    }

    /** Its broken fields, each named. */
    public List<Violation> check() {
        List<Violation> violations = new ArrayList<>();
        range("windowDays", windowDays, 30, 1095, violations);
        range("sleepDays", sleepDays, 1, 730, violations);
        List<Integer> thresholds = thresholds();
        Integer before = null;
        for (int i = 0; i < THRESHOLDS.length; i++) {
            Integer threshold = thresholds.get(i);
            if (threshold == null) {
                violations.add(new Violation(THRESHOLDS[i], REQUIRED));
            } else if (threshold < 2) {
                violations.add(new Violation(THRESHOLDS[i], THRESHOLD_MIN, 2));
            } else if (before != null && threshold <= before) {
                violations.add(new Violation(THRESHOLDS[i], THRESHOLD_ORDER, before));
            }
            before = threshold == null ? before : threshold;
        }
        return violations;
    }

    /** The settings entered, once {@link #check()} found nothing broken. */
    AnalyticsTerms terms() {
        return new AnalyticsTerms(windowDays, sleepDays, thresholds());
    }

    private List<Integer> thresholds() {
        return Arrays.asList(f2Orders, f3Orders, f4Orders, f5Orders);
    }

    private static void range(String field, Integer value, int min, int max, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, REQUIRED));
        } else if (value < min || value > max) {
            violations.add(new Violation(field, RANGE, min, max));
        }
    }

    /** The RFM window in days (30 to 1,095). */
    public Integer getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(Integer windowDays) {
        this.windowDays = windowDays;
    }

    /** Days without a paid order after which a member is asleep (1 to 730). */
    public Integer getSleepDays() {
        return sleepDays;
    }

    public void setSleepDays(Integer sleepDays) {
        this.sleepDays = sleepDays;
    }

    public Integer getF2Orders() {
        return f2Orders;
    }

    public void setF2Orders(Integer f2Orders) {
        this.f2Orders = f2Orders;
    }

    public Integer getF3Orders() {
        return f3Orders;
    }

    public void setF3Orders(Integer f3Orders) {
        this.f3Orders = f3Orders;
    }

    public Integer getF4Orders() {
        return f4Orders;
    }

    public void setF4Orders(Integer f4Orders) {
        this.f4Orders = f4Orders;
    }

    public Integer getF5Orders() {
        return f5Orders;
    }

    public void setF5Orders(Integer f5Orders) {
        this.f5Orders = f5Orders;
    }
}
