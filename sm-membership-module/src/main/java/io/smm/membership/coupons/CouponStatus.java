package io.smm.membership.coupons;

/** Where a coupon stands, as the owner's list filters it. */
public enum CouponStatus { SCHEDULED, ACTIVE, EXPIRED, USED_UP, DISABLED }
