package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/** The ledger's record of part of an order refunded: the use stays counted, the discount's share is written down. */
@Entity(name = "SmmCouponRefund")
@Table(name = "SMM_COUPON_REFUND")
class CouponRefundEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "REDEMPTION_ID", nullable = false)
    private Long redemptionId;

    @Column(name = "REFUND_KEY", nullable = false)
    private String refundKey;

    @Column(name = "REFUNDED", nullable = false)
    private BigDecimal refunded;

    @Column(name = "DISCOUNT_SHARE", nullable = false)
    private BigDecimal discountShare;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected CouponRefundEntry() {
    }

    CouponRefundEntry(Long redemptionId, String refundKey, BigDecimal refunded, BigDecimal discountShare,
            Instant recordedAt) {
        this.redemptionId = redemptionId;
        this.refundKey = refundKey;
        this.refunded = refunded;
        this.discountShare = discountShare;
        this.recordedAt = recordedAt;
    }

    Long getRedemptionId() {
        return redemptionId;
    }

    BigDecimal getRefunded() {
        return refunded;
    }

    BigDecimal getDiscountShare() {
        return discountShare;
    }
}
