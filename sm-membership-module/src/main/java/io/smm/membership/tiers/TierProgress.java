package io.smm.membership.tiers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a customer stands on the ladder, for the shopper's own JSON: the spend counted for the current tier and
 * its window, each higher tier with the amount left to reach it and its express amount, the spend that keeps
 * the current tier and when that is next checked, and a pending downgrade with its date.
 */
public final class TierProgress {

    private final boolean enabled;
    private final String tier;
    private final BigDecimal spend;
    private final Integer windowDays;
    private final BigDecimal keepAt;
    private final String keepCheckedAt;
    private final String pinnedUntil;
    private final List<Step> higherTiers;
    private final Downgrade pendingDowngrade;

    TierProgress(boolean enabled, String tier, BigDecimal spend, Integer windowDays, BigDecimal keepAt,
            String keepCheckedAt, String pinnedUntil, List<Step> higherTiers, Downgrade pendingDowngrade) {
        this.enabled = enabled;
        this.tier = tier;
        this.spend = spend;
        this.windowDays = windowDays;
        this.keepAt = keepAt;
        this.keepCheckedAt = keepCheckedAt;
        this.pinnedUntil = pinnedUntil;
        this.higherTiers = List.copyOf(higherTiers);
        this.pendingDowngrade = pendingDowngrade;
    }

    static TierProgress off(String tier) {
        return new TierProgress(false, tier, null, null, null, null, null, new ArrayList<>(), null);
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The current tier's code. */
    public String getTier() {
        return tier;
    }

    /** Spend counted over the current tier's window. */
    public BigDecimal getSpend() {
        return spend;
    }

    /** The current tier's window in days; null for a lifetime. */
    public Integer getWindowDays() {
        return windowDays;
    }

    public BigDecimal getKeepAt() {
        return keepAt;
    }

    /** When the daily job next checks the keep threshold (ISO-8601). */
    public String getKeepCheckedAt() {
        return keepCheckedAt;
    }

    public String getPinnedUntil() {
        return pinnedUntil;
    }

    public List<Step> getHigherTiers() {
        return higherTiers;
    }

    public Downgrade getPendingDowngrade() {
        return pendingDowngrade;
    }

    /** A higher tier: what reaches it, what is left, and the single order that reaches it at once. */
    public static final class Step {
        private final String tier;
        private final BigDecimal upgradeAt;
        private final BigDecimal amountLeft;
        private final BigDecimal expressAt;

        Step(String tier, BigDecimal upgradeAt, BigDecimal amountLeft, BigDecimal expressAt) {
            this.tier = tier;
            this.upgradeAt = upgradeAt;
            this.amountLeft = amountLeft;
            this.expressAt = expressAt;
        }

        public String getTier() {
            return tier;
        }

        public BigDecimal getUpgradeAt() {
            return upgradeAt;
        }

        public BigDecimal getAmountLeft() {
            return amountLeft;
        }

        public BigDecimal getExpressAt() {
            return expressAt;
        }
    }

    /** A downgrade waiting for its grace period to end. */
    public static final class Downgrade {
        private final String to;
        private final String dueAt;

        Downgrade(String to, String dueAt) {
            this.to = to;
            this.dueAt = dueAt;
        }

        public String getTo() {
            return to;
        }

        public String getDueAt() {
            return dueAt;
        }
    }
}
