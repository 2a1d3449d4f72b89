package io.smm.membership.commissions;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the owner may pay an affiliate now: its approved, unpaid commissions (oldest first, at most as many as one
 * payout takes), the negative lines carried from orders refunded after an earlier payout, and what a payout of
 * exactly these would be.
 */
public final class PayoutPlan {

    private final long affiliateId;
    private final String currency;
    private final List<ReportCommissionRow> commissions;
    private final List<PayoutItemView> carried;
    private final BigDecimal total;

    PayoutPlan(long affiliateId, String currency, List<ReportCommissionRow> commissions,
            List<PayoutItemView> carried, BigDecimal total) {
        this.affiliateId = affiliateId;
        this.currency = currency;
        this.commissions = List.copyOf(commissions);
        this.carried = List.copyOf(carried);
        this.total = total;
    }

    public long getAffiliateId() {
        return affiliateId;
    }

    public String getCurrency() {
        return currency;
    }

    public List<ReportCommissionRow> getCommissions() {
        return commissions;
    }

    public List<PayoutItemView> getCarried() {
        return carried;
    }

    /** The sum of the commissions' entries and the carried lines, rounded once; a payout needs it above zero. */
    public BigDecimal getTotal() {
        return total;
    }

    /** Whether a payout of these would pay anything. */
    public boolean isPayable() {
        return !commissions.isEmpty() && total.signum() > 0;
    }
}
