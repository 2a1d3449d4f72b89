package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Expiry boundaries in the store's time zone (Taipei, UTC+8) and what the balance shows at them. */
class PointsTermsTests {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Test
    void pointsEarnedTheLastSecondOfALocalDayExpireWhenItsNthFollowingDayEnds() {
        Instant earned = Instant.parse("2026-01-10T15:59:59Z"); // 10 January, 23:59:59 in Taipei

        assertThat(days(365).expiresAt(earned, TAIPEI)).isEqualTo(Instant.parse("2027-01-10T16:00:00Z"));
    }

    @Test
    void pointsEarnedAtLocalMidnightCountFromTheNewDay() {
        Instant earned = Instant.parse("2026-01-10T16:00:00Z"); // 11 January, 00:00 in Taipei

        assertThat(days(365).expiresAt(earned, TAIPEI)).isEqualTo(Instant.parse("2027-01-11T16:00:00Z"));
    }

    @Test
    void byMonthTheyExpireWhenTheMonthOfTheirLastDayEnds() {
        Instant earned = Instant.parse("2026-01-31T02:00:00Z"); // 31 January in Taipei, + 1 day = 1 February

        assertThat(period(PointsTerms.Period.MONTH, 1).expiresAt(earned, TAIPEI))
                .isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
    }

    @Test
    void byQuarterTheLastDayOfAQuarterStaysInIt() {
        Instant earned = Instant.parse("2026-03-30T02:00:00Z"); // 30 March, + 1 day = 31 March

        assertThat(period(PointsTerms.Period.QUARTER, 1).expiresAt(earned, TAIPEI))
                .isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
    }

    @Test
    void byQuarterTheFirstDayOfTheNextQuarterRunsToItsEnd() {
        Instant earned = Instant.parse("2026-03-31T02:00:00Z"); // 31 March, + 1 day = 1 April

        assertThat(period(PointsTerms.Period.QUARTER, 1).expiresAt(earned, TAIPEI))
                .isEqualTo(Instant.parse("2026-06-30T16:00:00Z"));
    }

    @Test
    void byYearTheyExpireWhenTheYearEnds() {
        Instant earned = Instant.parse("2026-12-29T02:00:00Z"); // 29 December, + 1 day = 30 December

        assertThat(period(PointsTerms.Period.YEAR, 1).expiresAt(earned, TAIPEI))
                .isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
    }

    @Test
    void theBalanceShowsNoPointOfALotAtTheInstantItExpires() {
        Instant expires = Instant.parse("2027-01-10T16:00:00Z");
        PointsLot expiring = lot(100, Instant.parse("2026-01-01T00:00:00Z"), expires);
        PointsLot pending = lot(40, expires.plusSeconds(1), expires.plusSeconds(86_400 * 400L));

        PointsAccountView before = PointsAccountView.of(List.of(expiring, pending), 140, expires.minusSeconds(1));
        PointsAccountView at = PointsAccountView.of(List.of(expiring, pending), 140, expires);

        assertThat(before.usable()).isEqualTo(100);
        assertThat(before.expiringSoon()).isEqualTo(100);
        assertThat(before.pending()).isEqualTo(40);
        assertThat(at.usable()).isZero();
        assertThat(at.expiringSoon()).isZero();
        assertThat(at.total()).isEqualTo(140);
    }

    @Test
    void pointsExpiringJustAfterThirtyDaysAreNotExpiringSoon() {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        PointsLot inThirtyDays = lot(10, now, now.plus(PointsAccountView.SOON));
        PointsLot later = lot(20, now, now.plus(PointsAccountView.SOON).plusSeconds(1));

        assertThat(PointsAccountView.of(List.of(inThirtyDays, later), 30, now).expiringSoon()).isEqualTo(10);
    }

    private static PointsLot lot(long points, Instant usableAt, Instant expiresAt) {
        return new PointsLot("DEFAULT", 1, 1, points, usableAt, usableAt, expiresAt);
    }

    private static PointsTerms days(int days) {
        return terms(PointsTerms.ExpiryMode.DAYS_AFTER_EARNING, days, PointsTerms.Period.YEAR);
    }

    private static PointsTerms period(PointsTerms.Period period, int days) {
        return terms(PointsTerms.ExpiryMode.END_OF_PERIOD, days, period);
    }

    private static PointsTerms terms(PointsTerms.ExpiryMode mode, int days, PointsTerms.Period period) {
        return new PointsTerms(true, BigDecimal.ONE, new BigDecimal("0.01"), 100, new BigDecimal("50"), mode, days,
                period, 30, false, Map.of());
    }
}
