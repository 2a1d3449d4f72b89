package io.smm.membership.affiliates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

class ClickPeriodTests {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-31");
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Test
    void withoutDatesIsTheLastThirtyDaysOfTheStoresZone() {
        ClickPeriod period = ClickPeriod.of(null, " ", TODAY, TAIPEI);

        assertThat(period.from()).isEqualTo("2026-03-02");
        assertThat(period.to()).isEqualTo(TODAY);
        assertThat(period.days()).isEqualTo(30);
        assertThat(period.start()).isEqualTo(Instant.parse("2026-03-01T16:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
    }

    @Test
    void takesOneDayAndAtMost366() {
        assertThat(ClickPeriod.of("2026-03-31", "2026-03-31", TODAY, TAIPEI).days()).isEqualTo(1);
        assertThat(ClickPeriod.of("2025-03-31", "2026-03-31", TODAY, TAIPEI).days()).isEqualTo(366);
        assertThat(fields("2025-03-30", "2026-03-31")).containsExactly("to");
    }

    @Test
    void namesEveryDateThatIsNoneAndAnEndBeforeTheStart() {
        assertThat(fields("yesterday", "2026-13-01")).containsExactlyInAnyOrder("from", "to");
        assertThat(fields("2026-03-02", "2026-03-01")).containsExactly("to");
    }

    private static Object[] fields(String from, String to) {
        InvalidInputException refused = catchThrowableOfType(() -> ClickPeriod.of(from, to, TODAY, TAIPEI),
                InvalidInputException.class);
        return refused.violations().stream().map(Violation::field).toArray();
    }
}
