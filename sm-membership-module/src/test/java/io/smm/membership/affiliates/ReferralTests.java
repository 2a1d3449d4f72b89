package io.smm.membership.affiliates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReferralTests {

    private static final Duration WINDOW = Duration.ofDays(30);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static ReferralClick click(long affiliate, long id, Instant at) {
        return new ReferralClick(affiliate, id, at);
    }

    @Test
    void aClickExactlyTheWindowOldStillCountsAndOneSecondMoreDoesNot() {
        ReferralClick click = click(1, 1, T0);

        assertThat(click.countsAt(T0.plus(WINDOW), WINDOW)).isTrue();
        assertThat(click.countsAt(T0.plus(WINDOW).plusSeconds(1), WINDOW)).isFalse();
    }

    @Test
    void lastClickCreditsTheLatestClickWhileItCounts() {
        Referral referral = Referral.of(click(1, 1, T0)).after(click(2, 2, T0.plus(Duration.ofDays(10))), WINDOW);

        assertThat(referral.creditedAt(T0.plus(Duration.ofDays(40)), AttributionModel.LAST_CLICK, WINDOW))
                .map(ReferralClick::affiliateId).contains(2L);
        assertThat(referral.creditedAt(T0.plus(Duration.ofDays(40)).plusSeconds(1), AttributionModel.LAST_CLICK,
                WINDOW)).isEmpty();
    }

    @Test
    void firstClickCreditsTheFirstClickUntilItExpiresThenTheLatestThatCounts() {
        Referral referral = Referral.of(click(1, 1, T0)).after(click(2, 2, T0.plus(Duration.ofDays(10))), WINDOW);

        assertThat(referral.creditedAt(T0.plus(WINDOW), AttributionModel.FIRST_CLICK, WINDOW))
                .map(ReferralClick::affiliateId).contains(1L);
        assertThat(referral.creditedAt(T0.plus(WINDOW).plusSeconds(1), AttributionModel.FIRST_CLICK, WINDOW))
                .map(ReferralClick::affiliateId).contains(2L);
        assertThat(referral.creditedAt(T0.plus(Duration.ofDays(40)).plusSeconds(1), AttributionModel.FIRST_CLICK,
                WINDOW)).isEmpty();
    }

    @Test
    void aClickWhileTheFirstStillCountsKeepsTheFirst() {
        Referral referral = Referral.of(click(1, 1, T0)).after(click(2, 2, T0.plus(WINDOW)), WINDOW);

        assertThat(referral.first().affiliateId()).isEqualTo(1);
        assertThat(referral.last().affiliateId()).isEqualTo(2);
    }

    @Test
    void aNewClickAfterTheFirstExpiredBecomesTheFirst() {
        Referral referral = Referral.of(click(1, 1, T0)).after(click(2, 2, T0.plus(WINDOW).plusSeconds(1)), WINDOW);

        assertThat(referral.first().affiliateId()).isEqualTo(2);
        assertThat(referral).isEqualTo(Referral.of(click(2, 2, T0.plus(WINDOW).plusSeconds(1))));
    }

    @Test
    void afterTheFirstExpiredTheLatestClickStillCountingIsTheWindowsFirst() {
        Referral referral = Referral.of(click(1, 1, T0))
                .after(click(2, 2, T0.plus(Duration.ofDays(20))), WINDOW)
                .after(click(3, 3, T0.plus(Duration.ofDays(35))), WINDOW);

        assertThat(referral.first().affiliateId()).isEqualTo(2);
        assertThat(referral.last().affiliateId()).isEqualTo(3);
    }

    @Test
    void aClickRecordedOutOfOrderNeverMovesTheLastBack() {
        Referral referral = Referral.of(click(1, 1, T0.plusSeconds(60))).after(click(2, 2, T0), WINDOW);

        assertThat(referral.last().affiliateId()).isEqualTo(1);
        assertThat(referral.first().affiliateId()).isEqualTo(2);
    }

    @Test
    void theCookieWinsATieAndTheLatestOfBothWinsLastClick() {
        Referral cookie = Referral.of(click(1, 1, T0));
        Referral cart = Referral.of(click(2, 2, T0.plusSeconds(1)));
        Instant at = T0.plus(Duration.ofDays(1));

        Optional<ReferralCredit> last = ReferralCredit.of(Optional.of(cookie), Optional.of(cart), at,
                AttributionModel.LAST_CLICK, WINDOW);
        Optional<ReferralCredit> first = ReferralCredit.of(Optional.of(cookie), Optional.of(cart), at,
                AttributionModel.FIRST_CLICK, WINDOW);
        Optional<ReferralCredit> tie = ReferralCredit.of(Optional.of(cookie), Optional.of(cookie), at,
                AttributionModel.LAST_CLICK, WINDOW);

        assertThat(last).map(credit -> credit.source()).contains(Attribution.Source.CART);
        assertThat(last).map(credit -> credit.click().affiliateId()).contains(2L);
        assertThat(first).map(credit -> credit.source()).contains(Attribution.Source.COOKIE);
        assertThat(tie).map(credit -> credit.source()).contains(Attribution.Source.COOKIE);
    }

    @Test
    void theMergeCreditsOnlyClicksThatStillCount() {
        Referral cookie = Referral.of(click(1, 1, T0));
        Referral cart = Referral.of(click(2, 2, T0.plus(Duration.ofDays(5))));

        Optional<ReferralCredit> first = ReferralCredit.of(Optional.of(cookie), Optional.of(cart),
                T0.plus(WINDOW).plusSeconds(1), AttributionModel.FIRST_CLICK, WINDOW);
        Optional<ReferralCredit> none = ReferralCredit.of(Optional.of(cookie), Optional.empty(),
                T0.plus(WINDOW).plusSeconds(1), AttributionModel.LAST_CLICK, WINDOW);

        assertThat(first).map(credit -> credit.click().affiliateId()).contains(2L);
        assertThat(none).isEmpty();
        assertThat(ReferralCredit.of(Optional.empty(), Optional.empty(), T0, AttributionModel.LAST_CLICK, WINDOW))
                .isEmpty();
    }
}
