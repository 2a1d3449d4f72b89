package io.smm.membership.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import io.smm.membership.time.Instants;

/**
 * A member's paid orders, net of refunds, over their lifetime and over the window: counts, spend, average order
 * value, and their last paid order with the whole days since it in the store's zone. Amounts at the currency's scale.
 */
public final class MemberSpend {

    private final int windowDays;
    private final long lifetimeOrders;
    private final BigDecimal lifetimeSpend;
    private final long windowOrders;
    private final BigDecimal windowSpend;
    private final BigDecimal lifetimeAverage;
    private final BigDecimal windowAverage;
    private final Long lastOrderId;
    private final Instant lastOrderAt;
    private final Long daysAsleep;

    MemberSpend(int windowDays, Figures lifetime, Figures window, Long lastOrderId, Instant lastOrderAt,
            Long daysAsleep) {
        this.windowDays = windowDays;
        this.lifetimeOrders = lifetime.orders;
        this.lifetimeSpend = lifetime.spend;
        this.lifetimeAverage = lifetime.average();
        this.windowOrders = window.orders;
        this.windowSpend = window.spend;
        this.windowAverage = window.average();
        this.lastOrderId = lastOrderId;
        this.lastOrderAt = lastOrderAt;
        this.daysAsleep = daysAsleep;
    }

    /**
     * Whole days from the last order's calendar day to today's, both in the store's zone: 0 on the day of the order,
     * 1 from the next midnight on, whatever the hour and however long the days between were (a change of clocks).
     */
    static long daysAsleep(Instant lastOrderAt, Instant now, ZoneId zone) {
        LocalDate ordered = lastOrderAt.atZone(zone).toLocalDate();
        return Math.max(0, ChronoUnit.DAYS.between(ordered, now.atZone(zone).toLocalDate()));
    }

    public int getWindowDays() {
        return windowDays;
    }

    public long getLifetimeOrders() {
        return lifetimeOrders;
    }

    public BigDecimal getLifetimeSpend() {
        return lifetimeSpend;
    }

    /** Lifetime spend per paid order; null without one. */
    public BigDecimal getLifetimeAverage() {
        return lifetimeAverage;
    }

    public long getWindowOrders() {
        return windowOrders;
    }

    public BigDecimal getWindowSpend() {
        return windowSpend;
    }

    /** Window spend per paid order of the window; null without one. */
    public BigDecimal getWindowAverage() {
        return windowAverage;
    }

    public Long getLastOrderId() {
        return lastOrderId;
    }

    public String getLastOrderAt() {
        return Instants.iso(lastOrderAt);
    }

    /** The last order's instant, for pages. */
    public Instant lastOrderInstant() {
        return lastOrderAt;
    }

    /** Null without a paid order. */
    public Long getDaysAsleep() {
        return daysAsleep;
    }

    /** Orders and their spend, unrounded as summed; rounded once here, with the average from the unrounded sum. */
    static final class Figures {

        private final long orders;
        private final BigDecimal spend;
        private final BigDecimal unrounded;
        private final int scale;
        private final RoundingMode rounding;

        Figures(long orders, BigDecimal spend, int scale, RoundingMode rounding) {
            this.orders = orders;
            this.unrounded = spend;
            this.spend = spend.setScale(scale, rounding);
            this.scale = scale;
            this.rounding = rounding;
        }

        BigDecimal average() {
            return orders == 0 ? null : unrounded.divide(BigDecimal.valueOf(orders), scale, rounding);
        }
    }
}
