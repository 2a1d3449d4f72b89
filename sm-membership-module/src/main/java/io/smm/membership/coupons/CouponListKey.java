package io.smm.membership.coupons;

/**
 * One row of a list that shows a batch as one row: a hand-made coupon (no batch), or a batch with its first code.
 */
interface CouponListKey {

    /** The hand-made coupon, or the batch's first code. */
    Long getFirstId();

    /** Null for a hand-made coupon. */
    Long getBatchId();
}
