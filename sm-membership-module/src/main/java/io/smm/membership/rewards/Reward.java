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

/** A reward given, points or a coupon code: once per store, customer, kind and period (a unique key). */
@Entity(name = "SmmReward")
@Table(name = "SMM_REWARD")
public class Reward {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private RewardKind kind;

    @Column(name = "PERIOD_KEY", nullable = false)
    private String periodKey;

    @Column(name = "POINTS")
    private Long points;

    @Column(name = "COUPON_CODE")
    private String couponCode;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "GRANTED_AT", nullable = false)
    private Instant grantedAt;

    protected Reward() {
    }

    /** @param points null for a coupon, whose code is set once issued */
    Reward(String storeCode, long customerId, RewardKind kind, String periodKey, Long points, Instant grantedAt) {
        this.storeCode = storeCode;
        this.customerId = customerId;
        this.kind = kind;
        this.periodKey = periodKey;
        this.points = points;
        this.grantedAt = grantedAt;
    }

    void couponIssued(String code) {
        couponCode = code;
    }

    public RewardKind getKind() {
        return kind;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public Long getPoints() {
        return points;
    }

    /** The single-use code given instead of points; null for points. */
    public String getCouponCode() {
        return couponCode;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
