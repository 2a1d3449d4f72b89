package io.smm.membership.coupons;

import java.util.Set;

/** Who presents a coupon: a customer (id known) or a guest, and the groups they are in. */
public final class CouponShopper {

    final Long customerId;
    final Set<Long> groupIds;

    public CouponShopper(Long customerId, Set<Long> groupIds) {
        this.customerId = customerId;
        this.groupIds = Set.copyOf(groupIds);
    }

    boolean isGuest() {
        return customerId == null;
    }
}
