package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/** The liability report's months in the store's time zone: where each ends, the current one, the refusals. */
class LiabilityMonthsTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final Instant NOW = Instant.parse("2026-04-10T12:00:00Z");

    @Test
    void eachMonthEndsAtTheZonesMidnightAcrossTheDaylightSavingChange() {
        LiabilityMonths months = LiabilityMonths.of("2026-02", "2026-03", NOW, NEW_YORK);

        assertThat(months.ends()).containsExactly(Instant.parse("2026-03-01T05:00:00Z"),
                Instant.parse("2026-04-01T04:00:00Z"));
    }

    @Test
    void theCurrentMonthIsMeasuredNow() {
        LiabilityMonths months = LiabilityMonths.of("2026-03", null, NOW, TAIPEI);

        assertThat(months.months()).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        assertThat(months.ends()).containsExactly(Instant.parse("2026-03-31T16:00:00Z"), NOW);
    }

    @Test
    void withoutMonthsTheLastTwelveUpToNow() {
        LiabilityMonths months = LiabilityMonths.of(null, null, NOW, TAIPEI);

        assertThat(months.first()).isEqualTo(YearMonth.of(2025, 5));
        assertThat(months.last()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(months.size()).isEqualTo(12);
    }

    @Test
    void theMonthIsTheStoreZonesMonth() {
        Instant taipeiMayAlready = Instant.parse("2026-04-30T16:00:00Z");

        LiabilityMonths months = LiabilityMonths.of("2026-05", "2026-05", taipeiMayAlready, TAIPEI);

        assertThat(months.ends()).containsExactly(taipeiMayAlready);
    }

    @Test
    void namesEveryBrokenMonthTogether() {
        assertThatThrownBy(() -> LiabilityMonths.of("2026-13", "2026-05", NOW, TAIPEI))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field, Violation::code).containsExactly(
                                tuple("from", "membership.points.report.month"),
                                tuple("to", "membership.points.report.month.future")));
    }

    @Test
    void refusesMonthsTheWrongWayRoundOrMoreThanThirtySix() {
        assertThatThrownBy(() -> LiabilityMonths.of("2026-03", "2026-02", NOW, TAIPEI))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field).containsExactly("from", "to"));
        assertThatThrownBy(() -> LiabilityMonths.of("2023-04", "2026-04", NOW, TAIPEI))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::code).containsOnly("membership.points.report.months.too-long"));
        assertThat(LiabilityMonths.of("2023-05", "2026-04", NOW, TAIPEI).size()).isEqualTo(36);
    }

    @Test
    void pointsCountFromTheirMonthUntilTheMonthTheirLotExpiresOrBecomesUsable() {
        PointsReportLedger.Liability liability = new PointsReportLedger.Liability(3);
        liability.add(0, 1, -1, 40);
        liability.add(0, 3, 1, 500);
        liability.add(1, 3, 1, -100);
        liability.add(2, 3, -1, 7);

        assertThat(liability.outstanding()).containsExactly(540, 400, 407);
        assertThat(liability.pending()).containsExactly(500, 0, 0);
    }
}
