package io.smm.membership.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

class RewardSettingsDraftTests {

    @Test
    void acceptsTheEdgesAndNoCap() {
        Map<String, Object> body = valid();
        body.put("welcomePoints", 0);
        body.put("birthdayPoints", RewardSettingsDraft.MAX_POINTS);

        RewardSettingsDraft draft = RewardSettingsDraft.of(body);

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

        InvalidInputException refused = catchThrowableOfType(() -> RewardSettingsDraft.of(body),
                InvalidInputException.class);

        assertThat(refused.violations().stream().collect(Collectors.toMap(Violation::field, Violation::code)))
                .containsOnly(Map.entry("welcomePoints", "membership.rewards.settings.range"),
                        Map.entry("birthdayPoints", "membership.rewards.settings.whole-number"),
                        Map.entry("referrerPoints", "membership.rewards.settings.whole-number"),
                        Map.entry("friendPoints", "membership.rewards.settings.required"),
                        Map.entry("referralMonthlyCap", "membership.rewards.settings.range"));
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
