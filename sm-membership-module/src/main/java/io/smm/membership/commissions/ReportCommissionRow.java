package io.smm.membership.commissions;

import java.math.BigDecimal;

/**
 * One order's commission as reports list it, with no customer data: the order, when it was placed, the amount
 * it earned on, what it is worth (the sum of its ledger entries), its state, what credited it (COOKIE, CART or
 * COUPON), and the self-referral flag if any.
 */
public final class ReportCommissionRow {

    private final long id;
    private final long orderId;
    private final long affiliateId;
    private final String placedAt;
    private final BigDecimal eligibleAmount;
    private final BigDecimal commission;
    private final String currency;
    private final String state;
    private final String source;
    private final String flag;
    private final Long payoutId;

    ReportCommissionRow(long id, long orderId, long affiliateId, String placedAt, BigDecimal eligibleAmount,
            BigDecimal commission, String currency, String state, String source, String flag, Long payoutId) {
        this.id = id;
        this.orderId = orderId;
        this.affiliateId = affiliateId;
        this.placedAt = placedAt;
        this.eligibleAmount = eligibleAmount;
        this.commission = commission;
        this.currency = currency;
        this.state = state;
        this.source = source;
        this.flag = flag;
        this.payoutId = payoutId;
    }

    public long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getAffiliateId() {
        return affiliateId;
    }

    public String getPlacedAt() {
        return placedAt;
    }

    public BigDecimal getEligibleAmount() {
        return eligibleAmount;
    }

    public BigDecimal getCommission() {
        return commission;
    }

    public String getCurrency() {
        return currency;
    }

    /** PENDING, APPROVED, PAID, REVERSED or FLAGGED. */
    public String getState() {
        return state;
    }

    /** What credited the order: COOKIE, CART or COUPON. */
    public String getSource() {
        return source;
    }

    /** Why a FLAGGED commission earns nothing: SELF_ACCOUNT, SELF_EMAIL or SELF_PAYOUT_EMAIL; else null. */
    public String getFlag() {
        return flag;
    }

    public Long getPayoutId() {
        return payoutId;
    }
}
