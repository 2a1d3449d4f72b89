package io.smm.membership.admin.coupons;

import java.util.Arrays;
import java.util.Optional;

/**
 * The list's origin filter. Without one, the list shows hand-made coupons and batches, a batch as one row, so that
 * thousands of generated codes do not bury the owner's own coupons.
 */
enum CouponListOrigin {
    HAND_MADE, BATCHES, GENERATED;

    /** The filter of that name, any case; empty for a blank or unknown name. */
    static Optional<CouponListOrigin> named(String name) {
        return name == null ? Optional.empty() : Arrays.stream(values())
                .filter(origin -> origin.name().equalsIgnoreCase(name.trim())).findFirst();
    }
}
