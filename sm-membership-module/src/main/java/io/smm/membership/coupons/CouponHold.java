package io.smm.membership.coupons;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/** A coupon use held by a checkout under way, until its order is placed, the checkout fails, or it expires. */
@Entity(name = "SmmCouponHold")
@Table(name = "SMM_COUPON_HOLD")
public class CouponHold {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "COUPON_ID", nullable = false)
    private Long couponId;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "CART_CODE", nullable = false)
    private String cartCode;

    @Column(name = "CUSTOMER_ID")
    private Long customerId;

    @Column(name = "SHOPPER_KEY", nullable = false)
    private String shopperKey;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "HELD_AT", nullable = false)
    private Instant heldAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    protected CouponHold() {
    }

    CouponHold(Coupon coupon, String cartCode, CouponShopper shopper, Instant now, Instant expiresAt) {
        this.couponId = coupon.getId();
        this.storeCode = coupon.getStoreCode();
        this.cartCode = cartCode;
        this.customerId = shopper.customerId;
        this.shopperKey = shopper.key;
        this.heldAt = now;
        this.expiresAt = expiresAt;
    }

    Long getId() {
        return id;
    }

    Long getCouponId() {
        return couponId;
    }
}
