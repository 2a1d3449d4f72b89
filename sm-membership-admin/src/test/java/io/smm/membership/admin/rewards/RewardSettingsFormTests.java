package io.smm.membership.admin.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RewardSettingsFormTests {

    @Test
    void sendsOnlyTheChosenGiftOfEachReward() {
        RewardSettingsForm form = filled();
        form.setBirthdayGift(RewardSettingsForm.COUPON);

        Map<String, Object> body = form.body(Set.of());

        assertThat(body).containsOnly(Map.entry("welcomePoints", 100L), Map.entry("birthdayCouponId", 42L),
                Map.entry("referrerPoints", 300L), Map.entry("friendPoints", 150L),
                Map.entry("referralMonthlyCap", 5));
    }

    @Test
    void sendsWhatThePageCouldNotBindOrACouponChosenWithoutOneAsUnreadable() {
        RewardSettingsForm form = filled();
        form.setWelcomeGift(RewardSettingsForm.COUPON);
        form.setWelcomeCouponId(null);

        Map<String, Object> body = form.body(Set.of("friendPoints", "welcomePoints"));

        assertThat(body).containsEntry("welcomeCouponId", "?").containsEntry("friendPoints", "?")
                .doesNotContainKey("welcomePoints").containsEntry("birthdayPoints", 200L);
    }

    private static RewardSettingsForm filled() {
        RewardSettingsForm form = new RewardSettingsForm();
        form.setWelcomePoints(100L);
        form.setBirthdayPoints(200L);
        form.setBirthdayCouponId(42L);
        form.setReferrerPoints(300L);
        form.setFriendPoints(150L);
        form.setReferralMonthlyCap(5);
        return form;
    }
}
