package io.smm.membership.points;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

/**
 * A store's points settings as the ledger and the till read them (SMM_POINTS_SETTINGS and the tier rates). A
 * group without a rate earns ×1.
 */
public final class PointsTerms {

    /** When earned points expire: a number of days after earning, or the end of the period that day falls in. */
    public enum ExpiryMode { DAYS_AFTER_EARNING, END_OF_PERIOD }

    /** The periods {@link ExpiryMode#END_OF_PERIOD} rounds up to. */
    public enum Period { MONTH, QUARTER, YEAR }

    private final boolean enabled;
    private final BigDecimal pointsPerUnit;
    private final BigDecimal cashValue;
    private final long minRedeem;
    private final BigDecimal maxOrderShare;
    private final ExpiryMode expiryMode;
    private final int expiryDays;
    private final Period expiryPeriod;
    private final int returnWindowDays;
    private final boolean tiersByPoints;
    private final Map<Long, BigDecimal> tierMultipliers;

    public PointsTerms(boolean enabled, BigDecimal pointsPerUnit, BigDecimal cashValue, long minRedeem,
            BigDecimal maxOrderShare, ExpiryMode expiryMode, int expiryDays, Period expiryPeriod,
            int returnWindowDays, boolean tiersByPoints, Map<Long, BigDecimal> tierMultipliers) {
        this.enabled = enabled;
        this.pointsPerUnit = pointsPerUnit;
        this.cashValue = cashValue;
        this.minRedeem = minRedeem;
        this.maxOrderShare = maxOrderShare;
        this.expiryMode = expiryMode;
        this.expiryDays = expiryDays;
        this.expiryPeriod = expiryPeriod;
        this.returnWindowDays = returnWindowDays;
        this.tiersByPoints = tiersByPoints;
        this.tierMultipliers = Map.copyOf(tierMultipliers);
    }

    /** A store's terms before its owner saved any: points off, 1 point a unit, 0.01 a point, 365 days. */
    public static PointsTerms defaults() {
        return new PointsTerms(false, BigDecimal.ONE, new BigDecimal("0.01"), 100, new BigDecimal("50"),
                ExpiryMode.DAYS_AFTER_EARNING, 365, Period.YEAR, 30, false, Map.of());
    }

    /**
     * When points earned at {@code earnedAt} expire: at the store zone's midnight ending the day {@code expiryDays}
     * after the earning day, or, by period, ending the month, quarter or year that day falls in.
     */
    public Instant expiresAt(Instant earnedAt, ZoneId zone) {
        LocalDate last = earnedAt.atZone(zone).toLocalDate().plusDays(expiryDays);
        if (expiryMode == ExpiryMode.END_OF_PERIOD) {
            last = lastDayOfPeriod(last);
        }
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private LocalDate lastDayOfPeriod(LocalDate day) {
        switch (expiryPeriod) {
        case MONTH:
            return day.with(TemporalAdjusters.lastDayOfMonth());
        case QUARTER:
            int lastMonth = (day.getMonthValue() - 1) / 3 * 3 + 3;
            return day.withDayOfMonth(1).withMonth(lastMonth).with(TemporalAdjusters.lastDayOfMonth());
        default:
            return day.with(TemporalAdjusters.lastDayOfYear());
        }
    }

    /** The tier group's multiplier, ×1 when it has none. */
    public BigDecimal multiplierOf(Long groupId) {
        return groupId == null ? BigDecimal.ONE : tierMultipliers.getOrDefault(groupId, BigDecimal.ONE);
    }

    public boolean enabled() {
        return enabled;
    }

    /** Points per currency unit of the eligible amount. */
    public BigDecimal pointsPerUnit() {
        return pointsPerUnit;
    }

    /** Money per point at the till. */
    public BigDecimal cashValue() {
        return cashValue;
    }

    /** The fewest points a checkout may redeem. */
    public long minRedeem() {
        return minRedeem;
    }

    /** Percent of the eligible amount points may pay. */
    public BigDecimal maxOrderShare() {
        return maxOrderShare;
    }

    public ExpiryMode expiryMode() {
        return expiryMode;
    }

    public int expiryDays() {
        return expiryDays;
    }

    public Period expiryPeriod() {
        return expiryPeriod;
    }

    /** Days after the order before its points become usable. */
    public int returnWindowDays() {
        return returnWindowDays;
    }

    /** Whether tiers are decided by points earned in their window instead of spend. */
    public boolean tiersByPoints() {
        return tiersByPoints;
    }

    /** The tier groups' multipliers by group id. */
    public Map<Long, BigDecimal> tierMultipliers() {
        return tierMultipliers;
    }
}
