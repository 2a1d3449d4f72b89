package io.smm.membership.coupons;

import io.smm.membership.checkout.CheckoutRefusal;

/**
 * Why a coupon does not apply to a cart, in the order the checks run: the shopper sees the first that holds.
 * Each has a message key {@code membership.coupon.refused.<name in lower case with dashes>}.
 */
public enum CouponRefusal implements CheckoutRefusal {
    UNKNOWN, NOT_STARTED, EXPIRED, NOT_YOURS, LOG_IN_FIRST, NOT_FOR_YOUR_GROUP, USED_UP, USED_BY_YOU, NOTHING_ELIGIBLE,
    MINIMUM_NOT_REACHED;

    @Override
    public String messageKey() {
        return "membership.coupon.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
