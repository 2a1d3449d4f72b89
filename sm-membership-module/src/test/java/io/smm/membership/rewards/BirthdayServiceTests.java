package io.smm.membership.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.MonthDay;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

import io.smm.membership.errors.ConflictException;
import io.smm.membership.web.InvalidInputException;

class BirthdayServiceTests {

    private final CustomerBirthdayRepository birthdays = mock(CustomerBirthdayRepository.class);
    private final RewardCustomers customers = mock(RewardCustomers.class);
    private final BirthdayService service = new BirthdayService(birthdays, customers,
            mock(PlatformTransactionManager.class), Clock.systemUTC());

    @Test
    void refusesWhenTheHostsRecordHasABirthday() {
        when(customers.find(7)).thenReturn(Optional.of(new RewardCustomer(7, null, null, MonthDay.of(5, 4))));

        ConflictException refused = catchThrowableOfType(() -> service.set("DEFAULT", 7, 2, 29),
                ConflictException.class);

        assertThat(refused.code()).isEqualTo("membership.rewards.birthday.already-set");
        assertThat(service.birthdayOf("DEFAULT", 7)).contains(MonthDay.of(5, 4));
        verify(birthdays, never()).saveAndFlush(any());
    }

    @Test
    void namesTheMonthOrTheDayThatNoYearHas() {
        assertThat(catchThrowableOfType(() -> service.set("DEFAULT", 7, 13, 1), InvalidInputException.class)
                .violations()).singleElement().satisfies(violation -> assertThat(violation.field()).isEqualTo("month"));
        assertThat(catchThrowableOfType(() -> service.set("DEFAULT", 7, 4, 31), InvalidInputException.class)
                .violations()).singleElement().satisfies(violation -> assertThat(violation.field()).isEqualTo("day"));
        assertThat(catchThrowableOfType(() -> service.set("DEFAULT", 7, null, 32), InvalidInputException.class)
                .violations()).extracting(violation -> violation.field()).containsExactly("month", "day");
    }
}
