package io.smm.membership.commissions;

import java.math.BigDecimal;

/**
 * One ledger entry a payout pays, or would pay: an order's commission earned (or reduced), or a negative line
 * carried from an order refunded after it was paid ({@code CLAWBACK}).
 */
public final class PayoutItemView {

    private final long entryId;
    private final long commissionId;
    private final long orderId;
    private final String kind;
    private final BigDecimal amount;
    private final String currency;
    private final String recordedAt;

    PayoutItemView(long entryId, long commissionId, long orderId, String kind, BigDecimal amount, String currency,
            String recordedAt) {
        this.entryId = entryId;
        this.commissionId = commissionId;
        this.orderId = orderId;
        this.kind = kind;
        this.amount = amount;
        this.currency = currency;
        this.recordedAt = recordedAt;
    }

    public long getEntryId() {
        return entryId;
    }

    public long getCommissionId() {
        return commissionId;
    }

    public long getOrderId() {
        return orderId;
    }

    /** EARNED, REDUCED, REVERSED or CLAWBACK. */
    public String getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getRecordedAt() {
        return recordedAt;
    }

    boolean isCarried() {
        return PayoutRule.CARRIED_KIND.equals(kind);
    }
}
