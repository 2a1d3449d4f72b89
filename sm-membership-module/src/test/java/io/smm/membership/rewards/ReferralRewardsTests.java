package io.smm.membership.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.data.domain.Pageable;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;

import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.points.PointsSettingsService;
import io.smm.membership.points.PointsTerms;

class ReferralRewardsTests {

    private static final String STORE = "DEFAULT";
    private static final Instant NOW = Instant.parse("2027-05-20T02:00:00Z");
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private final ReferralBindingRepository referrals = mock(ReferralBindingRepository.class);
    private final RewardCustomers customers = mock(RewardCustomers.class);
    private final RewardSettingsService settings = mock(RewardSettingsService.class);
    private final RewardGrants grants = mock(RewardGrants.class);
    private final JobLeaseTaker leases = mock(JobLeaseTaker.class);
    private final PointsSettingsService points = mock(PointsSettingsService.class);
    private final InviteCodeRepository inviteCodes = mock(InviteCodeRepository.class);
    private final ReferralRewards job = new ReferralRewards(referrals, inviteCodes, customers, new RewardJobs(settings,
            points, grants, leases, mock(PlatformTransactionManager.class), Clock.fixed(NOW, ZoneOffset.UTC), TAIPEI,
            100));
    private final ReferralBinding referral = new ReferralBinding(STORE, 20, 10, NOW.minus(Duration.ofDays(60)));

    @BeforeEach
    void oneBoundReferralWithReferralRewards() {
        ReflectionTestUtils.setField(referral, "id", 1L);
        when(leases.take(anyString(), any())).thenReturn(true);
        when(referrals.boundAfter(eq(0L), any(Pageable.class))).thenReturn(List.of(referral));
        when(referrals.locked(1L)).thenReturn(Optional.of(referral));
        RewardSettings terms = RewardSettings.defaults(STORE);
        ReflectionTestUtils.setField(terms, "referrerPoints", 300L);
        ReflectionTestUtils.setField(terms, "friendPoints", 150L);
        ReflectionTestUtils.setField(terms, "referralMonthlyCap", 2);
        when(settings.get(STORE)).thenReturn(terms);
        when(points.termsOf(STORE)).thenReturn(PointsTerms.defaults());
        when(customers.find(10)).thenReturn(Optional.of(new RewardCustomer(10, "mei@example.com", "1 Main St", null)));
        when(customers.find(20)).thenReturn(Optional.of(new RewardCustomer(20, "lin@example.com", "2 Main St", null)));
    }

    @Test
    void theOwnersSettlementReadsTheirStoresReferralsOnly() {
        firstOrderPlaced(NOW.minus(Duration.ofDays(30)));
        when(referrals.boundInStoreAfter(eq(STORE), eq(0L), any(Pageable.class))).thenReturn(List.of(referral));

        assertThat(job.settleDue(STORE)).isEqualTo(1);

        verify(referrals, never()).boundAfter(anyLong(), any(Pageable.class));
        assertThat(referral.getState()).isEqualTo(ReferralState.REWARDED);
    }

    @Test
    void rewardsBothSidesOnceTheFirstOrderHasPassedThePointsReturnWindow() {
        firstOrderPlaced(NOW.minus(Duration.ofDays(30)));

        assertThat(job.settleDue(NOW)).isEqualTo(1);

        verify(grants).grant(STORE, 10, RewardKind.REFERRER, "20", RewardOffer.points(300), "referral:20:referrer");
        verify(grants).grant(STORE, 20, RewardKind.REFERRED, "20", RewardOffer.points(150), "referral:20:friend");
        assertThat(referral.getState()).isEqualTo(ReferralState.REWARDED);
    }

    @Test
    void waitsWhileTheFirstOrderIsInsideTheWindowOrThereIsNone() {
        firstOrderPlaced(NOW.minus(Duration.ofDays(30)).plusSeconds(1));

        assertThat(job.settleDue(NOW)).isZero();
        when(customers.firstStandingOrder(STORE, 20)).thenReturn(Optional.empty());
        assertThat(job.settleDue(NOW)).isZero();

        verify(grants, never()).grant(anyString(), anyLong(), any(), anyString(), any(), anyString());
        assertThat(referral.getState()).isEqualTo(ReferralState.BOUND);
    }

    @Test
    void refusesAFriendWithTheReferrersAddress() {
        firstOrderPlaced(NOW.minus(Duration.ofDays(31)));
        when(customers.find(20)).thenReturn(Optional.of(new RewardCustomer(20, "lin@example.com", " 1 MAIN  st",
                null)));

        assertThat(job.settleDue(NOW)).isZero();

        assertThat(referral.getState()).isEqualTo(ReferralState.REFUSED_SELF);
        verify(grants, never()).grant(anyString(), anyLong(), any(), anyString(), any(), anyString());
    }

    @Test
    void capsTheReferrerAtTheMonthsMostCountedFromTheZonesMonthStart() {
        firstOrderPlaced(NOW.minus(Duration.ofDays(31)));
        when(referrals.rewardedSince(STORE, 10, Instant.parse("2027-04-30T16:00:00Z"))).thenReturn(2L);

        assertThat(job.settleDue(NOW)).isZero();

        assertThat(referral.getState()).isEqualTo(ReferralState.CAPPED);
    }

    @Test
    void locksTheReferrersCodeBeforeReadingAnything() {
        firstOrderPlaced(NOW.minus(Duration.ofDays(31)));

        job.settleDue(NOW);

        InOrder order = inOrder(inviteCodes, referrals);
        order.verify(inviteCodes).lockedOf(STORE, 10);
        order.verify(referrals).locked(1L);
        order.verify(referrals).rewardedSince(eq(STORE), eq(10L), any());
    }

    @Test
    void doesNothingWhileAnotherNodeHoldsTheLease() {
        when(leases.take(anyString(), any())).thenReturn(false);

        assertThat(job.settleDue(NOW)).isEqualTo(-1);
    }

    private void firstOrderPlaced(Instant at) {
        when(customers.firstStandingOrder(STORE, 20)).thenReturn(Optional.of(new OrderFacts(99, 20L, STORE, at,
                "DELIVERED", BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, null)));
    }
}
