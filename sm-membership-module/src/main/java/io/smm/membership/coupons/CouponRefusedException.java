package io.smm.membership.coupons;

import io.smm.membership.errors.ConflictException;

/** A coupon that does not apply, refused with the reason the shopper is told: a conflict with the coupon's state. */
public class CouponRefusedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final CouponRefusal refusal;

    public CouponRefusedException(CouponRefusal refusal) {
        super(refusal.messageKey());
        this.refusal = refusal;
    }

    public CouponRefusal refusal() {
        return refusal;
    }
}
