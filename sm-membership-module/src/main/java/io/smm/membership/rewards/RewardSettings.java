package io.smm.membership.rewards;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/**
 * A store's rewards: the welcome and birthday rewards, each points or a coupon whose single-use copy is given; the
 * points of the referral rewards (0 = none); and the most referrals one referrer is rewarded for in a month (null =
 * no cap).
 */
@Entity(name = "SmmRewardSettings")
@Table(name = "SMM_REWARD_SETTINGS")
public class RewardSettings {

    @Id
    @Column(name = "STORE_CODE")
    private String storeCode;

    @Column(name = "WELCOME_POINTS", nullable = false)
    private long welcomePoints;

    @Column(name = "WELCOME_COUPON_ID")
    private Long welcomeCouponId;

    @Column(name = "BIRTHDAY_POINTS", nullable = false)
    private long birthdayPoints;

    @Column(name = "BIRTHDAY_COUPON_ID")
    private Long birthdayCouponId;

    @Column(name = "REFERRER_POINTS", nullable = false)
    private long referrerPoints;

    @Column(name = "FRIEND_POINTS", nullable = false)
    private long friendPoints;

    @Column(name = "REFERRAL_MONTHLY_CAP")
    private Integer referralMonthlyCap;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "UPDATED_AT")
    private Instant updatedAt;

    protected RewardSettings() {
    }

    /** A store's settings before the owner saved any: no rewards, no cap; no time saved. */
    static RewardSettings defaults(String storeCode) {
        RewardSettings settings = new RewardSettings();
        settings.storeCode = storeCode;
        return settings;
    }

    void change(RewardSettingsDraft draft, Instant now) {
        welcomePoints = draft.welcomePoints;
        welcomeCouponId = draft.welcomeCouponId;
        birthdayPoints = draft.birthdayPoints;
        birthdayCouponId = draft.birthdayCouponId;
        referrerPoints = draft.referrerPoints;
        friendPoints = draft.friendPoints;
        referralMonthlyCap = draft.referralMonthlyCap;
        updatedAt = now;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public long getWelcomePoints() {
        return welcomePoints;
    }

    public Long getWelcomeCouponId() {
        return welcomeCouponId;
    }

    public long getBirthdayPoints() {
        return birthdayPoints;
    }

    public Long getBirthdayCouponId() {
        return birthdayCouponId;
    }

    RewardOffer welcome() {
        return RewardOffer.of(welcomePoints, welcomeCouponId);
    }

    RewardOffer birthday() {
        return RewardOffer.of(birthdayPoints, birthdayCouponId);
    }

    public long getReferrerPoints() {
        return referrerPoints;
    }

    public long getFriendPoints() {
        return friendPoints;
    }

    public Integer getReferralMonthlyCap() {
        return referralMonthlyCap;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
