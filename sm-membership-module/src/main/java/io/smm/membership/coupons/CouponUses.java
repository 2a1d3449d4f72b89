package io.smm.membership.coupons;

/** How often a coupon has been used: by everyone, and by the shopper presenting it (a guest by e-mail address). */
public final class CouponUses {

    final long total;
    final long byShopper;

    public CouponUses(long total, long byShopper) {
        this.total = total;
        this.byShopper = byShopper;
    }
}
