package io.smm.membership.commissions;

/** What a commission's ledger entry records (SMM_COMMISSION_ENTRY.KIND); a commission is worth the sum of them. */
public enum CommissionEntryKind {
    /** +amount, with the order. */
    EARNED,
    /** −the share of a partial refund before payout. */
    REDUCED,
    /** −what remains, on a cancel or full refund before payout. */
    REVERSED,
    /** −after payout: what remains (cancel, full refund) or the refund's share; carried into the next payout. */
    CLAWBACK
}
