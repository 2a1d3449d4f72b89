package io.smm.membership.affiliates;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/**
 * A tracking id an affiliate has or had, lower case: one per affiliate is in use, the old ones keep resolving to it.
 * Unique per store (the database's key), so an id never passes to another affiliate.
 */
@Entity(name = "SmmAffiliateTrackingId")
@Table(name = "SMM_AFFILIATE_TRACKING_ID")
public class AffiliateTrackingId {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false, updatable = false)
    private String storeCode;

    @Column(name = "TRACKING_ID", nullable = false, updatable = false)
    private String trackingId;

    @Column(name = "AFFILIATE_ID", nullable = false, updatable = false)
    private Long affiliateId;

    @Column(name = "IN_USE", nullable = false)
    private boolean inUse;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    protected AffiliateTrackingId() {
    }

    AffiliateTrackingId(String storeCode, String trackingId, long affiliateId, Instant now) {
        this.storeCode = storeCode;
        this.trackingId = trackingId;
        this.affiliateId = affiliateId;
        this.inUse = true;
        this.createdAt = now;
    }

    void retire() {
        inUse = false;
    }

    void reuse() {
        inUse = true;
    }

    public String getTrackingId() {
        return trackingId;
    }

    public Long getAffiliateId() {
        return affiliateId;
    }

    public boolean isInUse() {
        return inUse;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
