package io.smm.membership.coupons;

import java.time.Instant;

/** One generated code as the batch's CSV lists it, read without loading its coupon's groups and scope. */
interface CouponBatchLine {

    Long getId();

    String getCode();

    boolean isActive();

    Instant getStartsAt();

    Instant getEndsAt();

    Integer getTotalLimit();

    int getUses();

    default CouponStatus statusAt(Instant now) {
        return CouponStatus.of(isActive(), getStartsAt(), getEndsAt(), getTotalLimit(), getUses(), now);
    }
}
