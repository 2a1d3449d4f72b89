package io.smm.membership.affiliates;

import java.math.BigDecimal;

import io.smm.membership.time.Instants;

/** An affiliate as the owner's list shows it. */
public final class AffiliateListItem {

    private final long id;
    private final String name;
    private final String email;
    private final AffiliateStatus status;
    private final String trackingId;
    private final BigDecimal rate;
    private final Long customerId;
    private final String createdAt;

    private AffiliateListItem(Affiliate affiliate, String trackingId) {
        this.id = affiliate.getId();
        this.name = affiliate.getName();
        this.email = affiliate.getEmail();
        this.status = affiliate.getStatus();
        this.trackingId = trackingId;
        this.rate = AffiliateView.percent(affiliate.getRate());
        this.customerId = affiliate.getCustomerId();
        this.createdAt = Instants.iso(affiliate.getCreatedAt());
    }

    static AffiliateListItem of(Affiliate affiliate, String trackingId) {
        return new AffiliateListItem(affiliate, trackingId);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public AffiliateStatus getStatus() {
        return status;
    }

    public String getTrackingId() {
        return trackingId;
    }

    /** Percent; null: the store's default. */
    public BigDecimal getRate() {
        return rate;
    }

    public Long getCustomerId() {
        return customerId;
    }

    /** When it was created, or when its application was last sent. */
    public String getCreatedAt() {
        return createdAt;
    }
}
