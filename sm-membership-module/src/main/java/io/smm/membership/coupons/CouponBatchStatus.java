package io.smm.membership.coupons;

/** Where a batch of generated codes stands: codes are still being made, all are made, or it stopped short. */
public enum CouponBatchStatus {
    RUNNING, DONE, FAILED
}
