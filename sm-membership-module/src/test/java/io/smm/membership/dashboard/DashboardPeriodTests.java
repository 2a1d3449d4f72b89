package io.smm.membership.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

class DashboardPeriodTests {

    private static final LocalDate TODAY = LocalDate.parse("2024-04-15");
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Test
    void anUnknownPresetIsNamedWithTheBrokenDates() {
        InvalidInputException invalid = catchThrowableOfType(
                () -> DashboardPeriod.of("next-decade", "soon", "2024-13-01", TODAY, TAIPEI),
                InvalidInputException.class);

        assertThat(invalid.violations()).extracting(Violation::field).containsExactly("preset", "from", "to");
    }

    @Test
    void anUnknownPresetAloneNamesThePresetOnly() {
        InvalidInputException invalid = catchThrowableOfType(
                () -> DashboardPeriod.of("next-decade", null, null, TODAY, TAIPEI), InvalidInputException.class);

        assertThat(invalid.violations()).extracting(Violation::field).containsExactly("preset");
    }

    @Test
    void aKnownPresetIgnoresTheDates() {
        DashboardPeriod lastMonth = DashboardPeriod.of("last-month", "soon", null, TODAY, TAIPEI);

        assertThat(lastMonth.getCurrent().getFrom()).hasToString("2024-03-01");
        assertThat(lastMonth.getCurrent().getTo()).hasToString("2024-03-31");
    }
}
