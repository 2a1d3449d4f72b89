package io.smm.membership.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class MemberSpendTests {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    @Test
    void daysAsleepCountsCalendarDaysInTheStoreZoneAcrossAChangeOfClocks() {
        // clocks sprang forward on 2026-03-08 in Toronto: that day had 23 hours
        Instant ordered = Instant.parse("2026-03-07T23:30:00-05:00");
        Instant nextDayEarly = Instant.parse("2026-03-09T00:10:00-04:00");

        assertThat(MemberSpend.daysAsleep(ordered, nextDayEarly, TORONTO)).isEqualTo(2);
        assertThat(MemberSpend.daysAsleep(ordered, Instant.parse("2026-03-08T00:00:00-05:00"), TORONTO)).isEqualTo(1);
        assertThat(MemberSpend.daysAsleep(ordered, Instant.parse("2026-03-07T23:59:59-05:00"), TORONTO)).isZero();
    }

    @Test
    void theSameInstantsAreADifferentNumberOfDaysInAnotherZone() {
        Instant ordered = Instant.parse("2026-03-07T23:30:00Z");
        Instant now = Instant.parse("2026-03-08T01:00:00Z");

        assertThat(MemberSpend.daysAsleep(ordered, now, ZoneOffset.UTC)).isEqualTo(1);
        assertThat(MemberSpend.daysAsleep(ordered, now, TORONTO)).isZero();
    }

    @Test
    void theAverageIsTakenFromTheUnroundedSpendAndRoundedOnce() {
        MemberSpend.Figures three = new MemberSpend.Figures(3, new BigDecimal("100.005"), 2, RoundingMode.HALF_UP);
        MemberSpend.Figures none = new MemberSpend.Figures(0, BigDecimal.ZERO, 0, RoundingMode.HALF_UP);

        assertThat(three.average()).isEqualByComparingTo("33.34");
        assertThat(none.average()).isNull();
        assertThat(new MemberSpend(30, three, none, 1L, Instant.EPOCH, 0L).getLifetimeSpend()).isEqualTo(
                new BigDecimal("100.01"));
    }
}
