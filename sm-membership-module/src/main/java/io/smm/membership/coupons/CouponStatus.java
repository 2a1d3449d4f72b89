package io.smm.membership.coupons;

import java.util.Arrays;
import java.util.Optional;

/** Where a coupon stands, as the owner's list filters it. */
public enum CouponStatus {
    SCHEDULED, ACTIVE, EXPIRED, USED_UP, DISABLED;

    /** The status of that name, any case; empty for a blank or unknown name. */
    public static Optional<CouponStatus> named(String name) {
        return name == null ? Optional.empty() : Arrays.stream(values())
                .filter(status -> status.name().equalsIgnoreCase(name.trim())).findFirst();
    }
}
