package io.smm.membership.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;

import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.points.PointsSettingsService;
import io.smm.membership.rewards.RewardCustomers.StoreCustomer;

class BirthdayRewardsTests {

    private static final String STORE = "DEFAULT";
    /** 1 March in Taipei, still 28 February in UTC. */
    private static final Instant NOW = Instant.parse("2027-02-28T17:00:00Z");

    private final RewardCustomers customers = mock(RewardCustomers.class);
    private final CustomerBirthdayRepository birthdays = mock(CustomerBirthdayRepository.class);
    private final RewardSettingsService settings = mock(RewardSettingsService.class);
    private final RewardGrants grants = mock(RewardGrants.class);
    private final JobLeaseTaker leases = mock(JobLeaseTaker.class);
    private final BirthdayRewards job = new BirthdayRewards(customers, birthdays, new RewardJobs(settings,
            mock(PointsSettingsService.class), grants, leases, mock(PlatformTransactionManager.class),
            Clock.fixed(NOW, ZoneOffset.UTC),
            ZoneId.of("Asia/Taipei"), 2));

    @Test
    void grantsTheZonesMonthFromTheHostAndFromSetBirthdaysInBatchesOncePerYear() {
        when(leases.take(anyString(), any())).thenReturn(true);
        RewardSettings terms = RewardSettings.defaults(STORE);
        ReflectionTestUtils.setField(terms, "birthdayPoints", 200L);
        when(settings.get(STORE)).thenReturn(terms);
        when(customers.bornIn(3, 0, 2)).thenReturn(List.of(new StoreCustomer(STORE, 5), new StoreCustomer(STORE, 7)));
        when(customers.bornIn(3, 7, 2)).thenReturn(List.of(new StoreCustomer(STORE, 9)));
        when(customers.bornIn(3, 9, 2)).thenReturn(List.of());
        when(birthdays.bornIn(eq(3), eq(0L), any(Pageable.class))).thenReturn(List.of(new CustomerBirthday(STORE, 8,
                MonthDay.of(3, 1), NOW)));
        when(grants.grant(anyString(), anyLong(), any(), anyString(), any(), anyString())).thenReturn(true);
        when(grants.grant(STORE, 7, RewardKind.BIRTHDAY, "2027", RewardOffer.points(200), "birthday:7:2027"))
                .thenReturn(false);

        int granted = job.grantDue(NOW);

        assertThat(granted).isEqualTo(3);
        verify(grants).grant(STORE, 5, RewardKind.BIRTHDAY, "2027", RewardOffer.points(200), "birthday:5:2027");
        verify(grants).grant(STORE, 9, RewardKind.BIRTHDAY, "2027", RewardOffer.points(200), "birthday:9:2027");
        verify(grants).grant(STORE, 8, RewardKind.BIRTHDAY, "2027", RewardOffer.points(200), "birthday:8:2027");
        verify(leases).release(BirthdayRewards.JOB);
    }

    @Test
    void doesNothingWhileAnotherNodeHoldsTheLease() {
        when(leases.take(anyString(), any())).thenReturn(false);

        assertThat(job.grantDue(NOW)).isEqualTo(-1);
        verify(customers, never()).bornIn(anyInt(), anyLong(), anyInt());
    }
}
