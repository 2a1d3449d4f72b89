package io.smm.membership.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

class DayPeriodTests {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void coversBothDaysWholeInTheStoreZone() {
        DayPeriod period = DayPeriod.of("2026-03-01", "2026-03-02", TODAY, TAIPEI);

        assertThat(period.days()).isEqualTo(2);
        assertThat(period.start()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2026-03-02T16:00:00Z"));
        assertThat(period.dayOf(Instant.parse("2026-03-01T15:59:59Z"))).isZero();
        assertThat(period.dayOf(Instant.parse("2026-03-01T16:00:00Z"))).isEqualTo(1);
        assertThat(period.getTimeZone()).isEqualTo("Asia/Taipei");
    }

    @Test
    void isTheLastThirtyDaysUpToTodayWhenNoneIsNamed() {
        DayPeriod period = DayPeriod.of(null, " ", TODAY, TAIPEI);

        assertThat(period.getFrom()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(period.getTo()).isEqualTo(TODAY);
        assertThat(period.days()).isEqualTo(30);
        assertThat(period.start()).isEqualTo(Instant.parse("2026-02-13T16:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2026-03-15T16:00:00Z"));
    }

    @Test
    void endsTodayWithoutAnEndAndStartsThirtyDaysBeforeTheEndWithoutAStart() {
        assertThat(DayPeriod.of("2026-03-01", null, TODAY, TAIPEI).getTo()).isEqualTo(TODAY);
        assertThat(DayPeriod.of(null, "2026-01-30", TODAY, TAIPEI).getFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void isTheSingleDayOfAStartInTheFutureWithoutAnEnd() {
        DayPeriod period = DayPeriod.of("2026-03-20", null, TODAY, TAIPEI);

        assertThat(period.getFrom()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(period.getTo()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(period.days()).isEqualTo(1);
    }

    @Test
    void takesOneDayAndAYearOfThreeHundredSixtySixDaysButNoMore() {
        assertThat(DayPeriod.of("2026-03-15", "2026-03-15", TODAY, TAIPEI).days()).isEqualTo(1);
        assertThat(DayPeriod.of("2025-03-15", "2026-03-15", TODAY, TAIPEI).days()).isEqualTo(366);

        InvalidInputException refused = refused("2025-03-14", "2026-03-15");

        assertThat(refused.violations()).extracting(Violation::field).containsExactly("from", "to");
        assertThat(refused.violations()).extracting(Violation::code).containsOnly("membership.period.too-long");
    }

    @Test
    void namesBothDatesOfAnEndBeforeTheStart() {
        InvalidInputException refused = refused("2026-03-02", "2026-03-01");

        assertThat(refused.violations()).extracting(Violation::field).containsExactly("from", "to");
        assertThat(refused.violations()).extracting(Violation::code).containsOnly("membership.period.order");
    }

    @Test
    void namesEveryDateThatIsNone() {
        InvalidInputException refused = refused("yesterday", "2026-02-30");

        assertThat(refused.violations()).extracting(Violation::field).containsExactlyInAnyOrder("from", "to");
        assertThat(refused.violations()).extracting(Violation::code).containsOnly("membership.period.date");
        assertThat(refused("2026-03-01", "soon").violations()).extracting(Violation::field).containsExactly("to");
    }

    private static InvalidInputException refused(String from, String to) {
        return catchThrowableOfType(() -> DayPeriod.of(from, to, TODAY, TAIPEI), InvalidInputException.class);
    }
}
