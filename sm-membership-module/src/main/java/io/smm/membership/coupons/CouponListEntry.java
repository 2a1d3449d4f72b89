package io.smm.membership.coupons;

/**
 * One row of the owner's coupon list, where a batch is one row: a hand-made coupon, or a batch with its first code
 * standing for the terms all its codes were given.
 */
public final class CouponListEntry {

    private final Coupon coupon;
    private final CouponBatchSummary batch;

    CouponListEntry(Coupon coupon, CouponBatchSummary batch) {
        this.coupon = coupon;
        this.batch = batch;
    }

    /** The hand-made coupon, or the batch's first code. */
    public Coupon getCoupon() {
        return coupon;
    }

    /** The batch; null for a hand-made coupon. */
    public CouponBatchSummary getBatch() {
        return batch;
    }
}
