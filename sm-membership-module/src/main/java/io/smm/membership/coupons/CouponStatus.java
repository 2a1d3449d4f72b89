package io.smm.membership.coupons;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** Where a coupon stands, as the owner's list filters it. */
public enum CouponStatus {
    SCHEDULED, ACTIVE, EXPIRED, USED_UP, DISABLED;

    /** Where a coupon with these settings and uses stands at {@code now}; start and end may be null (open). */
    static CouponStatus of(boolean active, Instant startsAt, Instant endsAt, Integer totalLimit, int uses,
            Instant now) {
        if (!active) {
            return DISABLED;
        }
        if (startsAt != null && now.isBefore(startsAt)) {
            return SCHEDULED;
        }
        if (endsAt != null && !now.isBefore(endsAt)) {
            return EXPIRED;
        }
        return totalLimit != null && uses >= totalLimit ? USED_UP : ACTIVE;
    }

    /** The status of that name, any case; empty for a blank or unknown name. */
    public static Optional<CouponStatus> named(String name) {
        return name == null ? Optional.empty() : Arrays.stream(values())
                .filter(status -> status.name().equalsIgnoreCase(name.trim())).findFirst();
    }
}
