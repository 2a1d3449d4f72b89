package io.smm.membership.groups;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/**
 * A shopper's request to join a group. While pending it holds pendingSlot 1, which the database keeps unique per
 * customer and group; a decision clears it.
 */
@Entity(name = "SmmGroupApplication")
@Table(name = "SMM_GROUP_APPLICATION")
public class GroupApplication {

    /** Where an application stands. */
    public enum Status { PENDING, APPROVED, REJECTED }

    static final int PENDING = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "GROUP_ID", nullable = false)
    private MemberGroup group;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private Status status;

    @Column(name = "PENDING_SLOT")
    private Integer pendingSlot;

    @Column(name = "MESSAGE")
    private String message;

    @Column(name = "DECISION_REASON")
    private String decisionReason;

    @Column(name = "DECIDED_BY")
    private String decidedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    protected GroupApplication() {
    }

    GroupApplication(long customerId, MemberGroup group, String message, Instant now) {
        this.storeCode = group.getStoreCode();
        this.customerId = customerId;
        this.group = group;
        this.message = message;
        this.status = Status.PENDING;
        this.pendingSlot = PENDING;
        this.createdAt = now;
    }

    void approveAutomatically(Instant now) {
        this.status = Status.APPROVED;
        this.pendingSlot = null;
        this.decidedAt = now;
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

    public MemberGroup getGroup() {
        return group;
    }

    public Status getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
