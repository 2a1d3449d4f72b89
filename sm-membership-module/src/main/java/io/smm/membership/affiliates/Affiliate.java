package io.smm.membership.affiliates;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import io.smm.membership.time.UtcInstantConverter;

/**
 * An affiliate of one store: who (a customer of the store, or someone the owner entered), its status, its rates in
 * percent and where its money goes. Its tracking ids are rows of their own ({@link AffiliateTrackingId}).
 */
@Entity(name = "SmmAffiliate")
@Table(name = "SMM_AFFILIATE")
public class Affiliate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false, updatable = false)
    private String storeCode;

    @Column(name = "CUSTOMER_ID")
    private Long customerId;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "EMAIL", nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private AffiliateStatus status;

    @Column(name = "RATE")
    private BigDecimal rate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SMM_AFFILIATE_CATEGORY_RATE", joinColumns = @JoinColumn(name = "AFFILIATE_ID"))
    @MapKeyColumn(name = "CATEGORY_ID")
    @Column(name = "RATE", nullable = false)
    private Map<Long, BigDecimal> categoryRates = new HashMap<>();

    @Column(name = "PAYOUT_METHOD")
    private String payoutMethod;

    @Column(name = "PAYOUT_EMAIL")
    private String payoutEmail;

    @Column(name = "PAYOUT_DETAILS")
    private String payoutDetails;

    @Column(name = "APPLICATION_NOTE")
    private String applicationNote;

    @Column(name = "REFUSAL_REASON")
    private String refusalReason;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    @Column(name = "DECIDED_BY")
    private String decidedBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected Affiliate() {
    }

    Affiliate(String storeCode, Long customerId, AffiliateStatus status, Instant now) {
        this.storeCode = storeCode;
        this.customerId = customerId;
        this.status = status;
        this.createdAt = now;
    }

    /** Takes what the owner entered, already checked; the status is the service's. */
    void apply(AffiliateDraft draft) {
        name = draft.getName().trim();
        email = draft.getEmail().trim();
        rate = draft.getRate();
        categoryRates.clear();
        draft.getCategoryRates().forEach(entry -> categoryRates.put(entry.getCategoryId(), entry.getRate()));
        changePayout(draft.getPayoutMethod(), draft.getPayoutEmail(), draft.getPayoutDetails());
    }

    void changeCustomer(Long customerId) {
        this.customerId = customerId;
    }

    /** A customer's application: who the host says the customer is, and the note for the owner. */
    void applyAs(String customerName, String customerEmail, String note) {
        name = customerName;
        email = customerEmail;
        applicationNote = AffiliateValidation.blankToNull(note);
        refusalReason = null;
        decidedAt = null;
        decidedBy = null;
    }

    void changePayout(String method, String payoutEmail, String details) {
        this.payoutMethod = AffiliateValidation.blankToNull(method);
        this.payoutEmail = AffiliateValidation.blankToNull(payoutEmail);
        this.payoutDetails = AffiliateValidation.blankToNull(details);
    }

    /** The owner's decision: the new status, by whom and when; a refusal keeps its reason, anything else clears it. */
    void decide(AffiliateStatus to, String reason, String by, Instant now) {
        status = to;
        refusalReason = to == AffiliateStatus.REFUSED ? reason : null;
        decidedBy = by;
        decidedAt = now;
    }

    /** A refused applicant applying again. */
    void reapply(Instant now) {
        status = AffiliateStatus.APPLIED;
        createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public Long getCustomerId() {
        return customerId;
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

    /** Percent; null: the store's default rate. */
    public BigDecimal getRate() {
        return rate;
    }

    /** Percent by category id. */
    public Map<Long, BigDecimal> getCategoryRates() {
        return Map.copyOf(categoryRates);
    }

    public String getPayoutMethod() {
        return payoutMethod;
    }

    public String getPayoutEmail() {
        return payoutEmail;
    }

    public String getPayoutDetails() {
        return payoutDetails;
    }

    public String getApplicationNote() {
        return applicationNote;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public long getVersion() {
        return version;
    }
}
