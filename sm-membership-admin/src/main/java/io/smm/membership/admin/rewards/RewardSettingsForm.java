package io.smm.membership.admin.rewards;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.smm.membership.rewards.RewardSettings;

/**
 * The rewards settings page's form: the welcome and birthday rewards each as points or a coupon (a radio choice),
 * the referral points and the monthly cap. It is sent to the service as the JSON body would be, the chosen gift of
 * each reward only.
 */
public class RewardSettingsForm {

    static final String POINTS = "POINTS";
    static final String COUPON = "COUPON";
    /** What a field the page could not bind is sent as: not a number, so the service names the field as well. */
    private static final String UNREADABLE = "?";

    private String welcomeGift = POINTS;
    private Long welcomePoints;
    private Long welcomeCouponId;
    private String birthdayGift = POINTS;
    private Long birthdayPoints;
    private Long birthdayCouponId;
    private Long referrerPoints;
    private Long friendPoints;
    private Integer referralMonthlyCap;

    static RewardSettingsForm of(RewardSettings settings) {
        RewardSettingsForm form = new RewardSettingsForm();
        form.welcomeGift = settings.getWelcomeCouponId() == null ? POINTS : COUPON;
        form.welcomePoints = settings.getWelcomePoints();
        form.welcomeCouponId = settings.getWelcomeCouponId();
        form.birthdayGift = settings.getBirthdayCouponId() == null ? POINTS : COUPON;
        form.birthdayPoints = settings.getBirthdayPoints();
        form.birthdayCouponId = settings.getBirthdayCouponId();
        form.referrerPoints = settings.getReferrerPoints();
        form.friendPoints = settings.getFriendPoints();
        form.referralMonthlyCap = settings.getReferralMonthlyCap();
        return form;
    }

    /** The settings as the service reads them; {@code unbound} names the fields the page could not bind. */
    Map<String, Object> body(Set<String> unbound) {
        Map<String, Object> body = new HashMap<>();
        gift(body, "welcome", welcomeGift, welcomePoints, welcomeCouponId, unbound);
        gift(body, "birthday", birthdayGift, birthdayPoints, birthdayCouponId, unbound);
        put(body, "referrerPoints", referrerPoints, unbound);
        put(body, "friendPoints", friendPoints, unbound);
        put(body, "referralMonthlyCap", referralMonthlyCap, unbound);
        return body;
    }

    private static void gift(Map<String, Object> body, String reward, String gift, Long points, Long couponId,
            Set<String> unbound) {
        if (COUPON.equals(gift)) {
            // a coupon chosen without one (the store has none) is sent as unreadable, so the field is named
            body.put(reward + "CouponId", couponId == null ? UNREADABLE : couponId);
        } else {
            put(body, reward + "Points", points, unbound);
        }
    }

    private static void put(Map<String, Object> body, String field, Object value, Set<String> unbound) {
        body.put(field, unbound.contains(field) ? UNREADABLE : value);
    }

    public String getWelcomeGift() {
        return welcomeGift;
    }

    public void setWelcomeGift(String welcomeGift) {
        this.welcomeGift = welcomeGift;
    }

    public Long getWelcomePoints() {
        return welcomePoints;
    }

    public void setWelcomePoints(Long welcomePoints) {
        this.welcomePoints = welcomePoints;
    }

    public Long getWelcomeCouponId() {
        return welcomeCouponId;
    }

    public void setWelcomeCouponId(Long welcomeCouponId) {
        this.welcomeCouponId = welcomeCouponId;
    }

    public String getBirthdayGift() {
        return birthdayGift;
    }

    public void setBirthdayGift(String birthdayGift) {
        this.birthdayGift = birthdayGift;
    }

    public Long getBirthdayPoints() {
        return birthdayPoints;
    }

    public void setBirthdayPoints(Long birthdayPoints) {
        this.birthdayPoints = birthdayPoints;
    }

    public Long getBirthdayCouponId() {
        return birthdayCouponId;
    }

    public void setBirthdayCouponId(Long birthdayCouponId) {
        this.birthdayCouponId = birthdayCouponId;
    }

    public Long getReferrerPoints() {
        return referrerPoints;
    }

    public void setReferrerPoints(Long referrerPoints) {
        this.referrerPoints = referrerPoints;
    }

    public Long getFriendPoints() {
        return friendPoints;
    }

    public void setFriendPoints(Long friendPoints) {
        this.friendPoints = friendPoints;
    }

    public Integer getReferralMonthlyCap() {
        return referralMonthlyCap;
    }

    public void setReferralMonthlyCap(Integer referralMonthlyCap) {
        this.referralMonthlyCap = referralMonthlyCap;
    }
}
