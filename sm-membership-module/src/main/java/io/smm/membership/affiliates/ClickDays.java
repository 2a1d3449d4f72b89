package io.smm.membership.affiliates;

import java.util.List;

/** An affiliate's clicks per day of a period, days in the store's time zone, for a per-day chart. */
public final class ClickDays {

    private final String zone;
    private final List<String> days;
    private final List<Long> clicks;

    ClickDays(String zone, List<String> days, List<Long> clicks) {
        this.zone = zone;
        this.days = List.copyOf(days);
        this.clicks = List.copyOf(clicks);
    }

    public String getZone() {
        return zone;
    }

    /** ISO dates, oldest first. */
    public List<String> getDays() {
        return days;
    }

    /** The clicks of each day, in the order of {@link #getDays()}. */
    public List<Long> getClicks() {
        return clicks;
    }

    /** All clicks of the period. */
    public long total() {
        return clicks.stream().mapToLong(Long::longValue).sum();
    }
}
