package io.smm.membership.commissions;

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

/**
 * A payout the owner recorded to one affiliate: what was paid, in which currency, under which bank reference. What
 * it paid is its items (SMM_PAYOUT_ITEM, one ledger entry each), read with SQL; its amount is their sum.
 */
@Entity(name = "SmmPayout")
@Table(name = "SMM_PAYOUT")
class Payout {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "AFFILIATE_ID", nullable = false)
    private Long affiliateId;

    @Column(name = "AMOUNT", nullable = false)
    private BigDecimal amount;

    @Column(name = "CURRENCY", nullable = false)
    private String currency;

    @Column(name = "REFERENCE")
    private String reference;

    @Column(name = "NOTE")
    private String note;

    @Column(name = "RECORDED_BY")
    private String recordedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected Payout() {
    }

    /** A payout of nothing yet: its amount is set once its items are known. */
    Payout(String storeCode, long affiliateId, String currency, String reference, String note, String recordedBy,
            Instant recordedAt) {
        this.storeCode = storeCode;
        this.affiliateId = affiliateId;
        this.amount = BigDecimal.ZERO;
        this.currency = currency;
        this.reference = reference;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Long getId() {
        return id;
    }

    String getStoreCode() {
        return storeCode;
    }

    Long getAffiliateId() {
        return affiliateId;
    }

    BigDecimal getAmount() {
        return amount;
    }

    void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    String getCurrency() {
        return currency;
    }

    String getReference() {
        return reference;
    }

    String getNote() {
        return note;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
