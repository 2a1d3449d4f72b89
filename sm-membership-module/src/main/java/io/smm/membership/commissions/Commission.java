package io.smm.membership.commissions;

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

import io.smm.membership.affiliates.Attribution;
import io.smm.membership.time.UtcInstantConverter;

/** An order's commission, at most one per order; its state changes only by the repository's conditional updates. */
@Entity(name = "SmmCommission")
@Table(name = "SMM_COMMISSION")
public class Commission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "ORDER_ID", nullable = false)
    private Long orderId;

    @Column(name = "AFFILIATE_ID", nullable = false)
    private Long affiliateId;

    @Column(name = "CUSTOMER_ID")
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", nullable = false)
    private Attribution.Source source;

    @Column(name = "CLICK_ID")
    private Long clickId;

    @Column(name = "TRACKING_ID")
    private String trackingId;

    @Column(name = "ORDER_AMOUNT", nullable = false)
    private BigDecimal orderAmount;

    @Column(name = "ELIGIBLE_AMOUNT", nullable = false)
    private BigDecimal eligibleAmount;

    @Column(name = "AMOUNT", nullable = false)
    private BigDecimal amount;

    @Column(name = "CURRENCY", nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false)
    private CommissionState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "FLAG")
    private SelfReferral flag;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "PLACED_AT", nullable = false)
    private Instant placedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "DUE_AT", nullable = false)
    private Instant dueAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "APPROVED_AT")
    private Instant approvedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "CLOSED_AT")
    private Instant closedAt;

    @Column(name = "PAYOUT_ID")
    private Long payoutId;

    protected Commission() {
    }

    /**
     * @param amount what it earns, 0 for a self-referral
     * @param flag why it is the affiliate's own order, or null
     */
    Commission(String storeCode, long orderId, long affiliateId, Long customerId, Attribution attribution,
            BigDecimal orderAmount, BigDecimal eligibleAmount, BigDecimal amount, String currency, SelfReferral flag,
            Instant placedAt, Instant dueAt) {
        this.storeCode = storeCode;
        this.orderId = orderId;
        this.affiliateId = affiliateId;
        this.customerId = customerId;
        this.source = attribution.source();
        this.clickId = attribution.clickId().orElse(null);
        this.trackingId = attribution.trackingId().orElse(null);
        this.orderAmount = orderAmount;
        this.eligibleAmount = eligibleAmount;
        this.amount = amount;
        this.currency = currency;
        this.flag = flag;
        this.state = flag == null ? CommissionState.PENDING : CommissionState.FLAGGED;
        this.placedAt = placedAt;
        this.dueAt = dueAt;
    }

    Long getId() {
        return id;
    }

    String getStoreCode() {
        return storeCode;
    }

    Long getOrderId() {
        return orderId;
    }

    Long getAffiliateId() {
        return affiliateId;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getCurrency() {
        return currency;
    }

    CommissionState getState() {
        return state;
    }
}
