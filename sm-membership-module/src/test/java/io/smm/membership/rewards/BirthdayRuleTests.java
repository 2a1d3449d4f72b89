package io.smm.membership.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class BirthdayRuleTests {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Test
    void aLeapDayBirthdayIsAFebruaryBirthdayInANonLeapYear() {
        Instant february2027 = Instant.parse("2027-02-10T04:00:00Z");

        assertThat(BirthdayRule.isBirthdayMonth(MonthDay.of(2, 29), february2027, TAIPEI)).isTrue();
        assertThat(BirthdayRule.isBirthdayMonth(MonthDay.of(3, 1), february2027, TAIPEI)).isFalse();
    }

    @Test
    void theMonthBeginsAtTheStoreZonesMidnight() {
        Instant lastMinuteOfMarchInTaipei = Instant.parse("2027-03-31T15:59:00Z");
        Instant aprilInTaipeiStillMarchInUtc = Instant.parse("2027-03-31T16:00:00Z");

        assertThat(BirthdayRule.isBirthdayMonth(MonthDay.of(4, 2), lastMinuteOfMarchInTaipei, TAIPEI)).isFalse();
        assertThat(BirthdayRule.isBirthdayMonth(MonthDay.of(4, 2), aprilInTaipeiStillMarchInUtc, TAIPEI)).isTrue();
    }

    @Test
    void theRewardsPeriodIsTheZonesYear() {
        Instant newYearInTaipei = Instant.parse("2026-12-31T16:30:00Z");

        assertThat(BirthdayRule.periodOf(newYearInTaipei, TAIPEI)).isEqualTo("2027");
        assertThat(BirthdayRule.periodOf(newYearInTaipei, ZoneId.of("UTC"))).isEqualTo("2026");
    }

    @Test
    void acceptsOnlyDaysOfALeapYear() {
        assertThat(BirthdayRule.parse(2, 29)).isEqualTo(MonthDay.of(2, 29));
        assertThat(BirthdayRule.parse(12, 31)).isEqualTo(MonthDay.of(12, 31));
        assertThat(BirthdayRule.parse(2, 30)).isNull();
        assertThat(BirthdayRule.parse(4, 31)).isNull();
        assertThat(BirthdayRule.parse(13, 1)).isNull();
        assertThat(BirthdayRule.parse(0, 1)).isNull();
        assertThat(BirthdayRule.parse(1, 0)).isNull();
        assertThat(BirthdayRule.parse(null, 1)).isNull();
    }
}
