package io.smm.membership.coupons;

/** A batch's codes as the database counts them. */
interface CouponBatchCounts {

    Long getBatchId();

    long getCodes();

    /** Codes used at least once. */
    long getCodesUsed();

    /** Uses of all its codes together. */
    long getUses();
}
