package io.smm.membership.coupons;

import java.math.BigDecimal;
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

/** One use of a coupon by one order, and its give-back if the order was canceled or refunded: the ledger. */
@Entity(name = "SmmCouponRedemption")
@Table(name = "SMM_COUPON_REDEMPTION")
public class CouponRedemption {

    /** Why a use was given back. */
    public enum GivenBackFor { CANCELED, REFUNDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "COUPON_ID", nullable = false)
    private Long couponId;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    /** The order that used the coupon; the column allows null only for the schema's history. */
    @Column(name = "ORDER_ID")
    private Long orderId;

    @Column(name = "CUSTOMER_ID")
    private Long customerId;

    @Column(name = "SHOPPER_KEY", nullable = false)
    private String shopperKey;

    @Column(name = "DISCOUNT", nullable = false)
    private BigDecimal discount;

    @Column(name = "CURRENCY", nullable = false)
    private String currency;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "REDEEMED_AT", nullable = false)
    private Instant redeemedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "GIVEN_BACK_AT")
    private Instant givenBackAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "GIVEN_BACK_FOR")
    private GivenBackFor givenBackFor;

    protected CouponRedemption() {
    }

    CouponRedemption(Coupon coupon, CouponShopper shopper, BigDecimal discount, String currency, Instant now,
            long orderId) {
        this.orderId = orderId;
        this.couponId = coupon.getId();
        this.storeCode = coupon.getStoreCode();
        this.customerId = shopper.customerId;
        this.shopperKey = shopper.key;
        this.discount = discount;
        this.currency = currency;
        this.redeemedAt = now;
    }

    Long getId() {
        return id;
    }

    public Long getCouponId() {
        return couponId;
    }

    Long getOrderId() {
        return orderId;
    }

    Long getCustomerId() {
        return customerId;
    }

    String getShopperKey() {
        return shopperKey;
    }

    BigDecimal getDiscount() {
        return discount;
    }

    String getCurrency() {
        return currency;
    }

    Instant getRedeemedAt() {
        return redeemedAt;
    }

    Instant getGivenBackAt() {
        return givenBackAt;
    }

    GivenBackFor getGivenBackFor() {
        return givenBackFor;
    }
}
