package io.smm.membership.points;

import java.math.BigDecimal;

/**
 * The store's outstanding points at the end of one month in its time zone (now, for the current month): usable and
 * pending, and their cash value at the store's cash value per point, rounded once.
 */
public final class LiabilityMonth {

    private final String month;
    private final String asOf;
    private final boolean current;
    private final long usable;
    private final long pending;
    private final BigDecimal cashValue;

    LiabilityMonth(String month, String asOf, boolean current, long usable, long pending, BigDecimal cashValue) {
        this.month = month;
        this.asOf = asOf;
        this.current = current;
        this.usable = usable;
        this.pending = pending;
        this.cashValue = cashValue;
    }

    /** {@code 2026-03}. */
    public String getMonth() {
        return month;
    }

    /** The instant measured at (ISO, UTC): the month's end, or now for the current month. */
    public String getAsOf() {
        return asOf;
    }

    public boolean isCurrent() {
        return current;
    }

    public long getUsable() {
        return usable;
    }

    public long getPending() {
        return pending;
    }

    public long getOutstanding() {
        return usable + pending;
    }

    public BigDecimal getCashValue() {
        return cashValue;
    }
}
