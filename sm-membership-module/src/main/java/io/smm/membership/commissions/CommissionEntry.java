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

import io.smm.membership.time.UtcInstantConverter;

/** One change of a commission's money, append-only, once per event: its key is unique in the store. */
@Entity(name = "SmmCommissionEntry")
@Table(name = "SMM_COMMISSION_ENTRY")
public class CommissionEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "COMMISSION_ID", nullable = false)
    private Long commissionId;

    @Column(name = "AFFILIATE_ID", nullable = false)
    private Long affiliateId;

    @Column(name = "ENTRY_KEY", nullable = false)
    private String entryKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private CommissionEntryKind kind;

    @Column(name = "AMOUNT", nullable = false)
    private BigDecimal amount;

    @Column(name = "CURRENCY", nullable = false)
    private String currency;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected CommissionEntry() {
    }

    /** @param amount signed: positive for EARNED, negative for the others */
    CommissionEntry(Commission commission, String entryKey, CommissionEntryKind kind, BigDecimal amount,
            Instant recordedAt) {
        this.storeCode = commission.getStoreCode();
        this.commissionId = commission.getId();
        this.affiliateId = commission.getAffiliateId();
        this.entryKey = entryKey;
        this.kind = kind;
        this.amount = amount;
        this.currency = commission.getCurrency();
        this.recordedAt = recordedAt;
    }
}
