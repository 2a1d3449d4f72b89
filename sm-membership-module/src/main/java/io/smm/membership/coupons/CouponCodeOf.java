package io.smm.membership.coupons;

/** A coupon's code, read without loading the coupon. */
interface CouponCodeOf {

    Long getId();

    String getCode();
}
