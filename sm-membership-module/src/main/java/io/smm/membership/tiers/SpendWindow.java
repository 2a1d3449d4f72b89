package io.smm.membership.tiers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Over which orders spend is counted: a customer's whole lifetime, or a rolling window of N days. A window of N
 * days at a moment covers that moment's calendar day and the N - 1 days before it, in the store's time zone, so
 * an order counts for exactly N whole days whatever the hour it was placed.
 */
public final class SpendWindow {

    private static final SpendWindow LIFETIME = new SpendWindow(null);

    private final Integer days;

    private SpendWindow(Integer days) {
        this.days = days;
    }

    public static SpendWindow lifetime() {
        return LIFETIME;
    }

    public static SpendWindow ofDays(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a window lasts at least one day: " + days);
        }
        return new SpendWindow(days);
    }

    /** Null for a lifetime, else the window's length. */
    public Integer days() {
        return days;
    }

    public boolean isLifetime() {
        return days == null;
    }

    /** The first instant the window counts at {@code now}, or null for a lifetime. */
    public Instant startAt(Instant now, ZoneId zone) {
        if (days == null) {
            return null;
        }
        LocalDate firstDay = now.atZone(zone).toLocalDate().minusDays(days - 1L);
        return firstDay.atStartOfDay(zone).toInstant();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpendWindow && Objects.equals(((SpendWindow) other).days, days);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(days);
    }

    @Override
    public String toString() {
        return days == null ? "lifetime" : days + " days";
    }
}
