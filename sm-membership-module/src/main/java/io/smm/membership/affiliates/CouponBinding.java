package io.smm.membership.affiliates;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/** A coupon bound to an affiliate: an order with it is credited to the affiliate. A coupon binds to one at most. */
@Entity(name = "SmmAffiliateCoupon")
@Table(name = "SMM_AFFILIATE_COUPON")
public class CouponBinding {

    @Id
    @Column(name = "COUPON_ID")
    private Long couponId;

    @Column(name = "STORE_CODE", nullable = false, updatable = false)
    private String storeCode;

    @Column(name = "AFFILIATE_ID", nullable = false, updatable = false)
    private Long affiliateId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "BOUND_AT", nullable = false, updatable = false)
    private Instant boundAt;

    protected CouponBinding() {
    }

    CouponBinding(long couponId, String storeCode, long affiliateId, Instant now) {
        this.couponId = couponId;
        this.storeCode = storeCode;
        this.affiliateId = affiliateId;
        this.boundAt = now;
    }

    public Long getCouponId() {
        return couponId;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public Long getAffiliateId() {
        return affiliateId;
    }

    public Instant getBoundAt() {
        return boundAt;
    }
}
