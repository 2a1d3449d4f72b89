package io.smm.membership.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

class RewardSettingsDraftTests {

    private static final Set<Long> COUPONS_OF_STORE = Set.of(7L, 8L);

    @Test
    void acceptsTheEdgesAndNoCap() {
        Map<String, Object> body = valid();
        body.put("welcomePoints", 0);
        body.put("birthdayPoints", RewardSettingsDraft.MAX_POINTS);

        RewardSettingsDraft draft = RewardSettingsDraft.of(body, COUPONS_OF_STORE::contains);

        assertThat(draft.welcomePoints).isZero();
        assertThat(draft.birthdayPoints).isEqualTo(RewardSettingsDraft.MAX_POINTS);
        assertThat(draft.referralMonthlyCap).isNull();
    }

    @Test
    void namesEveryBrokenFieldAtOnce() {
        Map<String, Object> body = new HashMap<>();
        body.put("welcomePoints", -1);
        body.put("birthdayPoints", "ten");
        body.put("referrerPoints", 1.5);
        body.put("referralMonthlyCap", -2);

        InvalidInputException refused = catchThrowableOfType(
                () -> RewardSettingsDraft.of(body, COUPONS_OF_STORE::contains), InvalidInputException.class);

        assertThat(refused.violations().stream().collect(Collectors.toMap(Violation::field, Violation::code)))
                .containsOnly(Map.entry("welcomePoints", "membership.rewards.settings.range"),
                        Map.entry("birthdayPoints", "membership.rewards.settings.whole-number"),
                        Map.entry("referrerPoints", "membership.rewards.settings.whole-number"),
                        Map.entry("friendPoints", "membership.rewards.settings.required"),
                        Map.entry("referralMonthlyCap", "membership.rewards.settings.range"));
    }

    @Test
    void aWelcomeOrBirthdayRewardIsPointsOrACouponOfTheStore() {
        Map<String, Object> body = valid();
        body.remove("welcomePoints");
        body.put("welcomeCouponId", 7);
        body.put("birthdayPoints", 0);
        body.put("birthdayCouponId", 8);

        RewardSettingsDraft draft = RewardSettingsDraft.of(body, COUPONS_OF_STORE::contains);

        assertThat(draft.welcomeCouponId).isEqualTo(7L);
        assertThat(draft.welcomePoints).isZero();
        assertThat(draft.birthdayCouponId).isEqualTo(8L);
        assertThat(draft.referrerPoints).isEqualTo(300);
    }

    @Test
    void refusesPointsAndACouponTogetherAndAnUnknownCouponInOneRefusal() {
        Map<String, Object> body = valid();
        body.put("welcomeCouponId", 7);
        body.put("birthdayCouponId", 99);
        body.remove("friendPoints");

        InvalidInputException refused = catchThrowableOfType(() -> RewardSettingsDraft.of(body,
                COUPONS_OF_STORE::contains), InvalidInputException.class);

        assertThat(refused.violations().stream().collect(Collectors.toMap(Violation::field, Violation::code)))
                .containsOnly(Map.entry("welcomeCouponId", "membership.rewards.settings.points-or-coupon"),
                        Map.entry("birthdayCouponId", "membership.rewards.settings.unknown-coupon"),
                        Map.entry("friendPoints", "membership.rewards.settings.required"));
    }

    private static Map<String, Object> valid() {
        Map<String, Object> body = new HashMap<>();
        body.put("welcomePoints", 100);
        body.put("birthdayPoints", 200);
        body.put("referrerPoints", 300);
        body.put("friendPoints", 150);
        return body;
    }
}
