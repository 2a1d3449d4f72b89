package io.smm.membership.affiliates;

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

/** One ignored click, cookie or link, and why; counted for the owner, kept as long as clicks are. */
@Entity(name = "SmmAffiliateReject")
@Table(name = "SMM_AFFILIATE_REJECT")
class Reject {

    static final int MAX_TRACKING_ID = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "REJECTED_AT", nullable = false)
    private Instant rejectedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "REASON", nullable = false)
    private RejectReason reason;

    @Column(name = "TRACKING_ID")
    private String trackingId;

    @Column(name = "IP_HASH")
    private String ipHash;

    protected Reject() {
    }

    Reject(String storeCode, Instant rejectedAt, RejectReason reason, String trackingId, String ipHash) {
        this.storeCode = storeCode;
        this.rejectedAt = rejectedAt;
        this.reason = reason;
        this.trackingId = trackingId;
        this.ipHash = ipHash;
    }
}
