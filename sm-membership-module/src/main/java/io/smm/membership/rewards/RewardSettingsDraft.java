package io.smm.membership.rewards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/** The owner's rewards settings as sent, checked field by field: every broken field is named in one refusal. */
final class RewardSettingsDraft {

    static final long MAX_POINTS = 1_000_000_000L;

    final long welcomePoints;
    final Long welcomeCouponId;
    final long birthdayPoints;
    final Long birthdayCouponId;
    final long referrerPoints;
    final long friendPoints;
    final Integer referralMonthlyCap;

    private RewardSettingsDraft(Map<String, Long> valid) {
        this.welcomePoints = valid.getOrDefault("welcomePoints", 0L);
        this.welcomeCouponId = valid.get("welcomeCouponId");
        this.birthdayPoints = valid.getOrDefault("birthdayPoints", 0L);
        this.birthdayCouponId = valid.get("birthdayCouponId");
        this.referrerPoints = valid.get("referrerPoints");
        this.friendPoints = valid.get("friendPoints");
        Long cap = valid.get("referralMonthlyCap");
        this.referralMonthlyCap = cap == null ? null : cap.intValue();
    }

    /**
     * The draft of a JSON body. The welcome and birthday rewards are points ({@code welcomePoints}) or a coupon of
     * the store ({@code welcomeCouponId}), never both: the points are required unless the coupon is given;
     * {@code referralMonthlyCap} may be null (no cap); every other field is required.
     *
     * @param couponOfStore whether an id is one of the store's hand-made coupons, which alone may be given
     */
    static RewardSettingsDraft of(Map<String, Object> body, LongPredicate couponOfStore) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Long> valid = new HashMap<>();
        pointsOrCoupon(body, "welcome", couponOfStore, valid, violations);
        pointsOrCoupon(body, "birthday", couponOfStore, valid, violations);
        whole(body, "referrerPoints", 0, MAX_POINTS, false, valid, violations);
        whole(body, "friendPoints", 0, MAX_POINTS, false, valid, violations);
        whole(body, "referralMonthlyCap", 0, Integer.MAX_VALUE, true, valid, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new RewardSettingsDraft(valid);
    }

    private static void pointsOrCoupon(Map<String, Object> body, String reward, LongPredicate couponOfStore,
            Map<String, Long> valid, List<Violation> violations) {
        String couponField = reward + "CouponId";
        String pointsField = reward + "Points";
        boolean couponGiven = body.get(couponField) != null;
        Long coupon = whole(body, couponField, Long.MIN_VALUE, Long.MAX_VALUE, true, valid, violations);
        Long points = whole(body, pointsField, 0, MAX_POINTS, couponGiven, valid, violations);
        if (coupon != null && !couponOfStore.test(coupon)) {
            valid.remove(couponField);
            violations.add(new Violation(couponField, "membership.rewards.settings.unknown-coupon", coupon));
        } else if (couponGiven && points != null && points > 0) {
            violations.add(new Violation(couponField, "membership.rewards.settings.points-or-coupon"));
        }
    }

    private static Long whole(Map<String, Object> body, String field, long min, long max, boolean optional,
            Map<String, Long> valid, List<Violation> violations) {
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
        valid.put(field, number);
        return number;
    }
}
