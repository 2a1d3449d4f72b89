package io.smm.membership.coupons;

import java.util.List;

/**
 * A coupon's redemptions per day over its last days, today included, oldest first: days are ISO dates in the
 * store's time zone, and a redemption counts on the day it was made, given back later or not.
 */
public final class CouponUsageByDay {

    private final String timeZone;
    private final List<String> days;
    private final List<Long> redemptions;

    CouponUsageByDay(String timeZone, List<String> days, List<Long> redemptions) {
        this.timeZone = timeZone;
        this.days = List.copyOf(days);
        this.redemptions = List.copyOf(redemptions);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public List<String> getDays() {
        return days;
    }

    /** One count per day, zero for a day without redemptions. */
    public List<Long> getRedemptions() {
        return redemptions;
    }

    public long getTotal() {
        return redemptions.stream().mapToLong(Long::longValue).sum();
    }
}
