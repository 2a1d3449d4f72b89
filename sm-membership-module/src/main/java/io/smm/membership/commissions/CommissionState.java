package io.smm.membership.commissions;

/** Where a commission stands (SMM_COMMISSION.STATE); it moves only by conditional updates. */
public enum CommissionState {
    /** Written with the order; waits for the return window to pass. */
    PENDING,
    /** The return window passed without a cancel or full refund: may be paid. */
    APPROVED,
    /** Paid out; never edited again, a later refund writes a CLAWBACK entry. */
    PAID,
    /** The order was canceled or refunded in full before payout. */
    REVERSED,
    /** A self-referral: written with amount 0 for the owner to see; never moves. */
    FLAGGED
}
