package io.smm.membership.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;

import io.smm.membership.coupons.CouponBatchService;
import io.smm.membership.coupons.CouponStatus;
import io.smm.membership.points.PointsGrants;

class RewardGrantsTests {

    private static final String STORE = "DEFAULT";
    private static final Instant NOW = Instant.parse("2027-05-20T02:00:00Z");

    private final RewardRepository rewards = mock(RewardRepository.class);
    private final PointsGrants points = mock(PointsGrants.class);
    private final CouponBatchService coupons = mock(CouponBatchService.class);
    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    private final RewardGrants grants = new RewardGrants(rewards, points, coupons, transactions,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aCouponRewardRecordsItsRowFirstThenItsOneCodeAndNoPoints() {
        when(rewards.saveAndFlush(any())).thenAnswer(saved -> saved.getArgument(0));
        when(coupons.singleUseRefusal(STORE, 42)).thenReturn(Optional.empty());
        when(coupons.issueSingleUse(STORE, 42)).thenReturn("K7QX3M9P");

        boolean granted = grants.grant(STORE, 7, RewardKind.BIRTHDAY, "2027", RewardOffer.of(500, 42L),
                "birthday:7:2027");

        assertThat(granted).isTrue();
        ArgumentCaptor<Reward> row = ArgumentCaptor.forClass(Reward.class);
        InOrder order = inOrder(rewards, coupons);
        order.verify(rewards).saveAndFlush(row.capture());
        order.verify(coupons).issueSingleUse(STORE, 42);
        assertThat(row.getValue().getPoints()).isNull();
        assertThat(row.getValue().getCouponCode()).isEqualTo("K7QX3M9P");
        verifyNoInteractions(points);
    }

    @ParameterizedTest
    @EnumSource(value = CouponStatus.class, names = { "DISABLED", "EXPIRED" })
    void aCouponDisabledOrEndedRollsTheRowBackAndIssuesNoCodeSoTheRewardCanBeGivenLater(CouponStatus refusal) {
        when(rewards.saveAndFlush(any())).thenAnswer(saved -> saved.getArgument(0));
        when(coupons.singleUseRefusal(STORE, 42)).thenReturn(Optional.of(refusal));

        assertThat(grants.grant(STORE, 7, RewardKind.BIRTHDAY, "2027", RewardOffer.of(0, 42L), "birthday:7:2027"))
                .isFalse();

        verify(coupons, never()).issueSingleUse(any(), anyLong());
        verify(transactions).rollback(any());
        verify(transactions, never()).commit(any());
        verifyNoInteractions(points);
    }

    @Test
    void aRewardGivenBeforeIssuesNoCodeAndGrantsNoPoints() {
        when(rewards.saveAndFlush(any())).thenThrow(new DataIntegrityViolationException("UK_SMM_REWARD_PERIOD"));

        assertThat(grants.grant(STORE, 7, RewardKind.WELCOME, "once", RewardOffer.of(0, 42L), "welcome:7")).isFalse();
        assertThat(grants.grant(STORE, 7, RewardKind.WELCOME, "once", RewardOffer.points(100), "welcome:7"))
                .isFalse();

        verifyNoInteractions(coupons, points);
    }

    @Test
    void pointsAreGrantedUnderTheKeyAndNothingIsWorthNothing() {
        when(rewards.saveAndFlush(any())).thenAnswer(saved -> saved.getArgument(0));

        assertThat(grants.grant(STORE, 7, RewardKind.WELCOME, "once", RewardOffer.points(100), "welcome:7")).isTrue();
        assertThat(grants.grant(STORE, 8, RewardKind.WELCOME, "once", RewardOffer.of(0, null), "welcome:8")).isFalse();

        verify(points).grant(STORE, 7, 100, "welcome:7", "membership.rewards.reason.welcome");
        verify(rewards).saveAndFlush(any());
        verifyNoInteractions(coupons);
    }
}
