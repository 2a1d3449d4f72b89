package io.smm.membership.rewards;

import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a birthday is rewarded: in the month of the birthday as the store's time zone sees {@code now}, once per
 * calendar year of that zone. A birthday on 29 February is a February birthday in every year, leap or not.
 */
final class BirthdayRule {

    private BirthdayRule() {
    }

    static boolean isBirthdayMonth(MonthDay birthday, Instant now, ZoneId zone) {
        return birthday.getMonth() == ZonedDateTime.ofInstant(now, zone).getMonth();
    }

    /** The reward's period: the store zone's year at {@code now}, so it is granted once a year. */
    static String periodOf(Instant now, ZoneId zone) {
        return Integer.toString(ZonedDateTime.ofInstant(now, zone).getYear());
    }

    /** The birthday a shopper entered, or null when the month and day name no day of a (leap) year. */
    static MonthDay parse(Integer month, Integer day) {
        if (month == null || day == null || month < 1 || month > 12 || day < 1) {
            return null;
        }
        MonthDay first = MonthDay.of(month, 1);
        return day <= first.getMonth().maxLength() ? MonthDay.of(month, day) : null;
    }
}
