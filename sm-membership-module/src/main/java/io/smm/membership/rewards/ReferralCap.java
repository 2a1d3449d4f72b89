package io.smm.membership.rewards;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The most referrals one referrer is rewarded for in a calendar month of the store's zone; null = no cap. */
final class ReferralCap {

    private ReferralCap() {
    }

    static boolean allows(Integer monthlyCap, long rewardedThisMonth) {
        return monthlyCap == null || rewardedThisMonth < monthlyCap;
    }

    /** The start of {@code now}'s month at the zone's midnight. */
    static Instant monthStart(Instant now, ZoneId zone) {
        return ZonedDateTime.ofInstant(now, zone).withDayOfMonth(1).toLocalDate().atStartOfDay(zone).toInstant();
    }
}
