package io.smm.membership.rewards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/** The owner's rewards settings as sent, checked field by field: every broken field is named in one refusal. */
final class RewardSettingsDraft {

    static final long MAX_POINTS = 1_000_000_000L;

    final long welcomePoints;
    final long birthdayPoints;
    final long referrerPoints;
    final long friendPoints;
    final Integer referralMonthlyCap;

    private RewardSettingsDraft(long welcomePoints, long birthdayPoints, long referrerPoints, long friendPoints,
            Integer referralMonthlyCap) {
        this.welcomePoints = welcomePoints;
        this.birthdayPoints = birthdayPoints;
        this.referrerPoints = referrerPoints;
        this.friendPoints = friendPoints;
        this.referralMonthlyCap = referralMonthlyCap;
    }

    /** The draft of a JSON body; {@code referralMonthlyCap} may be null (no cap), every other field is required. */
    static RewardSettingsDraft of(Map<String, Object> body) {
        List<Violation> violations = new ArrayList<>();
        Long welcome = whole(body, "welcomePoints", 0, MAX_POINTS, false, violations);
        Long birthday = whole(body, "birthdayPoints", 0, MAX_POINTS, false, violations);
        Long referrer = whole(body, "referrerPoints", 0, MAX_POINTS, false, violations);
        Long friend = whole(body, "friendPoints", 0, MAX_POINTS, false, violations);
        Long cap = whole(body, "referralMonthlyCap", 0, Integer.MAX_VALUE, true, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new RewardSettingsDraft(welcome, birthday, referrer, friend, cap == null ? null : cap.intValue());
    }

    private static Long whole(Map<String, Object> body, String field, long min, long max, boolean optional,
            List<Violation> violations) {
        Object value = body.get(field);
        if (value == null) {
            if (!optional) {
                violations.add(new Violation(field, "membership.rewards.settings.required"));
            }
            return null;
        }
        if (!(value instanceof Integer || value instanceof Long)) {
            violations.add(new Violation(field, "membership.rewards.settings.whole-number"));
            return null;
        }
        long number = ((Number) value).longValue();
        if (number < min || number > max) {
            violations.add(new Violation(field, "membership.rewards.settings.range", min, max));
            return null;
        }
        return number;
    }
}
