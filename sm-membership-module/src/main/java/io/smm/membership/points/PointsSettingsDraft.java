package io.smm.membership.points;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.smm.membership.web.Draft;
import io.smm.membership.web.Violation;

/** The owner's points settings: every field required and within its range; tier rates optional. */
public class PointsSettingsDraft extends Draft {

    private static final String REQUIRED = "membership.points.settings.required";
    private static final String RANGE = "membership.points.settings.range";
    private static final String DECIMALS = "membership.points.settings.decimals";

    private Boolean enabled;
    private BigDecimal pointsPerUnit;
    private BigDecimal cashValue;
    private Long minRedeem;
    private BigDecimal maxOrderShare;
    private PointsTerms.ExpiryMode expiryMode;
    private Integer expiryDays;
    private PointsTerms.Period expiryPeriod;
    private Integer returnWindowDays;
    private Boolean tiersByPoints;
    private List<TierRate> tierRates = new ArrayList<>();

    /** Its broken fields, each named. */
    List<Violation> check() {
        List<Violation> violations = new ArrayList<>();
        required("enabled", enabled, violations);
        decimal("pointsPerUnit", pointsPerUnit, "0.0001", "1000", 4, violations);
        decimal("cashValue", cashValue, "0.000001", "1000", 6, violations);
        range("minRedeem", minRedeem, 1, 1_000_000_000L, violations);
        decimal("maxOrderShare", maxOrderShare, "0.0001", "100", 4, violations);
        required("expiryMode", expiryMode, violations);
        range("expiryDays", expiryDays == null ? null : expiryDays.longValue(), 1, 3650, violations);
        required("expiryPeriod", expiryPeriod, violations);
        range("returnWindowDays", returnWindowDays == null ? null : returnWindowDays.longValue(), 0, 365,
                violations);
        if (expiryDays != null && returnWindowDays != null && expiryDays >= 1 && returnWindowDays <= 365
                && expiryDays <= returnWindowDays) {
            // an order's points would expire before, or as soon as, they became usable
            violations.add(new Violation("expiryDays", "membership.points.settings.expiry-within-window",
                    returnWindowDays));
            violations.add(new Violation("returnWindowDays", "membership.points.settings.window-beyond-expiry",
                    expiryDays));
        }
        required("tiersByPoints", tiersByPoints, violations);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < tierRates.size(); i++) {
            TierRate rate = tierRates.get(i);
            String field = "tierRates[" + i + "]";
            if (rate == null) {
                violations.add(new Violation(field, REQUIRED));
                continue;
            }
            required(field + ".groupId", rate.groupId, violations);
            if (rate.groupId != null && !seen.add(rate.groupId)) {
                violations.add(new Violation(field + ".groupId", "membership.points.settings.tier-rate.duplicate",
                        rate.groupId));
            }
            decimal(field + ".multiplier", rate.multiplier, "0", "100", 4, violations);
        }
        return violations;
    }

    /** The settings entered, once {@link #check()} found nothing broken. */
    PointsTerms terms() {
        Map<Long, BigDecimal> multipliers = tierRates.stream()
                .collect(Collectors.toMap(rate -> rate.groupId, rate -> rate.multiplier));
        return new PointsTerms(enabled, pointsPerUnit, cashValue, minRedeem, maxOrderShare, expiryMode, expiryDays,
                expiryPeriod, returnWindowDays, tiersByPoints, multipliers);
    }

    private static void required(String field, Object value, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, REQUIRED));
        }
    }

    private static void range(String field, Long value, long min, long max, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, REQUIRED));
        } else if (value < min || value > max) {
            violations.add(new Violation(field, RANGE, min, max));
        }
    }

    private static void decimal(String field, BigDecimal value, String min, String max, int decimals,
            List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, REQUIRED));
        } else if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0) {
            violations.add(new Violation(field, RANGE, min, max));
        } else if (value.stripTrailingZeros().scale() > decimals) {
            violations.add(new Violation(field, DECIMALS, decimals));
        }
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    /** Points per currency unit of the eligible amount (0.0001 to 1000). */
    public BigDecimal getPointsPerUnit() {
        return pointsPerUnit;
    }

    public void setPointsPerUnit(BigDecimal pointsPerUnit) {
        this.pointsPerUnit = pointsPerUnit;
    }

    /** Money per point at the till (0.000001 to 1000). */
    public BigDecimal getCashValue() {
        return cashValue;
    }

    public void setCashValue(BigDecimal cashValue) {
        this.cashValue = cashValue;
    }

    public Long getMinRedeem() {
        return minRedeem;
    }

    public void setMinRedeem(Long minRedeem) {
        this.minRedeem = minRedeem;
    }

    /** Percent of the eligible amount points may pay (0.0001 to 100). */
    public BigDecimal getMaxOrderShare() {
        return maxOrderShare;
    }

    public void setMaxOrderShare(BigDecimal maxOrderShare) {
        this.maxOrderShare = maxOrderShare;
    }

    public PointsTerms.ExpiryMode getExpiryMode() {
        return expiryMode;
    }

    public void setExpiryMode(PointsTerms.ExpiryMode expiryMode) {
        this.expiryMode = expiryMode;
    }

    public Integer getExpiryDays() {
        return expiryDays;
    }

    public void setExpiryDays(Integer expiryDays) {
        this.expiryDays = expiryDays;
    }

    public PointsTerms.Period getExpiryPeriod() {
        return expiryPeriod;
    }

    public void setExpiryPeriod(PointsTerms.Period expiryPeriod) {
        this.expiryPeriod = expiryPeriod;
    }

    public Integer getReturnWindowDays() {
        return returnWindowDays;
    }

    public void setReturnWindowDays(Integer returnWindowDays) {
        this.returnWindowDays = returnWindowDays;
    }

    public Boolean getTiersByPoints() {
        return tiersByPoints;
    }

    public void setTiersByPoints(Boolean tiersByPoints) {
        this.tiersByPoints = tiersByPoints;
    }

    public List<TierRate> getTierRates() {
        return tierRates;
    }

    public void setTierRates(List<TierRate> tierRates) {
        this.tierRates = tierRates == null ? new ArrayList<>() : tierRates;
    }

    /** A tier group's earning multiplier (0 to 100). */
    public static class TierRate extends Draft {

        private Long groupId;
        private BigDecimal multiplier;

        public Long getGroupId() {
            return groupId;
        }

        public void setGroupId(Long groupId) {
            this.groupId = groupId;
        }

        public BigDecimal getMultiplier() {
            return multiplier;
        }

        public void setMultiplier(BigDecimal multiplier) {
            this.multiplier = multiplier;
        }
    }
}
