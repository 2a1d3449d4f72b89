package io.smm.membership.rewards;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/** A friend bound to the referrer whose invite brought them: one per friend of a store, once and for good. */
@Entity(name = "SmmReferral")
@Table(name = "SMM_REFERRAL")
class ReferralBinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "FRIEND_CUSTOMER_ID", nullable = false)
    private long friendId;

    @Column(name = "REFERRER_CUSTOMER_ID", nullable = false)
    private long referrerId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "BOUND_AT", nullable = false)
    private Instant boundAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false)
    private ReferralState state;

    @Column(name = "FIRST_ORDER_ID")
    private Long firstOrderId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "REWARDED_AT")
    private Instant rewardedAt;

    protected ReferralBinding() {
    }

    ReferralBinding(String storeCode, long friendId, long referrerId, Instant boundAt) {
        this.storeCode = storeCode;
        this.friendId = friendId;
        this.referrerId = referrerId;
        this.boundAt = boundAt;
        this.state = ReferralState.BOUND;
    }

    void settle(ReferralState outcome, Long orderId, Instant now) {
        state = outcome;
        firstOrderId = orderId;
        rewardedAt = outcome == ReferralState.REWARDED ? now : null;
    }

    Long getId() {
        return id;
    }

    String getStoreCode() {
        return storeCode;
    }

    long getFriendId() {
        return friendId;
    }

    long getReferrerId() {
        return referrerId;
    }

    ReferralState getState() {
        return state;
    }

    Instant getBoundAt() {
        return boundAt;
    }

    Long getFirstOrderId() {
        return firstOrderId;
    }

    Instant getRewardedAt() {
        return rewardedAt;
    }
}
