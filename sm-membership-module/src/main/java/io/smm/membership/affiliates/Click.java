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

/** One logged click of an affiliate's link: when, where it landed, where from, a keyed hash of the address. */
@Entity(name = "SmmAffiliateClick")
@Table(name = "SMM_AFFILIATE_CLICK")
public class Click {

    static final int MAX_PATH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "AFFILIATE_ID", nullable = false)
    private Long affiliateId;

    @Column(name = "TRACKING_ID", nullable = false)
    private String trackingId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "CLICKED_AT", nullable = false)
    private Instant clickedAt;

    @Column(name = "LANDING_PATH")
    private String landingPath;

    @Column(name = "REFERRER")
    private String referrer;

    @Column(name = "IP_HASH")
    private String ipHash;

    @Column(name = "CART_CODE")
    private String cartCode;

    protected Click() {
    }

    Click(String storeCode, AffiliateCard affiliate, String trackingId, Instant clickedAt, String landingPath,
            String referrer, String ipHash, String cartCode) {
        this.storeCode = storeCode;
        this.affiliateId = affiliate.id();
        this.trackingId = trackingId;
        this.clickedAt = clickedAt;
        this.landingPath = landingPath;
        this.referrer = referrer;
        this.ipHash = ipHash;
        this.cartCode = cartCode;
    }

    ReferralClick asReferral() {
        return new ReferralClick(affiliateId, id, clickedAt);
    }

    public Long getId() {
        return id;
    }

    public Long getAffiliateId() {
        return affiliateId;
    }

    public String getTrackingId() {
        return trackingId;
    }

    public Instant getClickedAt() {
        return clickedAt;
    }

    public String getLandingPath() {
        return landingPath;
    }

    public String getReferrer() {
        return referrer;
    }

    public String getCartCode() {
        return cartCode;
    }
}
