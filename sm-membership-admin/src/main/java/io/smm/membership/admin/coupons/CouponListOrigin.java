package io.smm.membership.admin.coupons;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import io.smm.membership.coupons.CouponOrigin;

/**
 * The list's origin filter. Without one, the list shows hand-made coupons and batches, a batch as one row, so that
 * thousands of generated codes and reward codes do not bury the owner's own coupons.
 */
enum CouponListOrigin {
    HAND_MADE(CouponOrigin.HAND_MADE), BATCHES(CouponOrigin.GENERATED), GENERATED(CouponOrigin.GENERATED),
    REWARD(CouponOrigin.REWARD);

    /** What the list shows without a filter. */
    static final Set<CouponOrigin> DEFAULT = EnumSet.of(CouponOrigin.HAND_MADE, CouponOrigin.GENERATED);

    private final CouponOrigin origin;

    CouponListOrigin(CouponOrigin origin) {
        this.origin = origin;
    }

    /** The coupons the filter takes. */
    CouponOrigin origin() {
        return origin;
    }

    /** The filter of that name, any case; empty for a blank or unknown name. */
    static Optional<CouponListOrigin> named(String name) {
        return name == null ? Optional.empty() : Arrays.stream(values())
                .filter(origin -> origin.name().equalsIgnoreCase(name.trim())).findFirst();
    }
}
