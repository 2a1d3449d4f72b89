package io.smm.membership.coupons;

import io.smm.membership.checkout.CheckoutRefusedException;

/** A coupon that does not apply, refused with the reason the shopper is told: a conflict with the coupon's state. */
public class CouponRefusedException extends CheckoutRefusedException {

    private static final long serialVersionUID = 1L;

    public CouponRefusedException(CouponRefusal refusal) {
        super(refusal);
    }

    @Override
    public CouponRefusal refusal() {
        return (CouponRefusal) super.refusal();
    }
}
