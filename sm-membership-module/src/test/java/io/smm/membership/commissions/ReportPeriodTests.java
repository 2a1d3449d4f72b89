package io.smm.membership.commissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

class ReportPeriodTests {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void coversBothDaysWholeInTheStoreZone() {
        ReportPeriod period = ReportPeriod.parse("2026-03-01", "2026-03-02", TODAY, TAIPEI);

        assertThat(period.days()).isEqualTo(2);
        assertThat(period.start()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2026-03-02T16:00:00Z"));
        assertThat(period.dayOf(Instant.parse("2026-03-01T15:59:59Z"))).isZero();
        assertThat(period.dayOf(Instant.parse("2026-03-01T16:00:00Z"))).isEqualTo(1);
    }

    @Test
    void isTheLastThirtyDaysUpToTodayWhenNoneIsNamed() {
        ReportPeriod period = ReportPeriod.parse(null, " ", TODAY, TAIPEI);

        assertThat(period.getFrom()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(period.getTo()).isEqualTo(TODAY);
        assertThat(ReportPeriod.parse("2026-03-20", null, TODAY, TAIPEI).getTo()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(ReportPeriod.parse(null, "2026-01-30", TODAY, TAIPEI).getFrom())
                .isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void takesOneDayAndAYearOfThreeHundredSixtySixDaysButNoMore() {
        assertThat(ReportPeriod.parse("2026-03-15", "2026-03-15", TODAY, TAIPEI).days()).isEqualTo(1);
        assertThat(ReportPeriod.parse("2025-03-15", "2026-03-15", TODAY, TAIPEI).days()).isEqualTo(366);

        assertThatThrownBy(() -> ReportPeriod.parse("2025-03-14", "2026-03-15", TODAY, TAIPEI))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::code).containsExactly("membership.payout.period.length"));
    }

    @Test
    void namesBothDatesThatAreNoneAndAnEndBeforeTheStart() {
        assertThatThrownBy(() -> ReportPeriod.parse("yesterday", "2026-02-30", TODAY, TAIPEI))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::field).containsExactlyInAnyOrder("from", "to"));
        assertThatThrownBy(() -> ReportPeriod.parse("2026-03-02", "2026-03-01", TODAY, TAIPEI))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::code).containsExactly("membership.payout.period.order"));
    }

    @Test
    void convertsOrdersPerClickAndHasNoRateWithoutClicks() {
        assertThat(ReportSummary.conversion(1, 3)).isEqualByComparingTo("0.3333");
        assertThat(ReportSummary.conversion(0, 5)).isEqualByComparingTo("0");
        assertThat(ReportSummary.conversion(2, 0)).isNull();
    }
}
