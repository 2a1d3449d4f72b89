package io.smm.membership.coupons;

import org.springframework.http.HttpStatus;

import io.smm.membership.web.MembershipException;

/** A coupon that does not apply, refused with the reason the shopper is told. */
public class CouponRefusedException extends MembershipException {

    private static final long serialVersionUID = 1L;

    private final CouponRefusal refusal;

    public CouponRefusedException(CouponRefusal refusal) {
        super(HttpStatus.CONFLICT, refusal.messageKey());
        this.refusal = refusal;
    }

    public CouponRefusal refusal() {
        return refusal;
    }
}
