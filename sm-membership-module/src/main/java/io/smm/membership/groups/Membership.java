package io.smm.membership.groups;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/** A customer's place in a group. A tier row carries tierSlot 1, which the database keeps unique per customer. */
@Entity(name = "SmmMembership")
@Table(name = "SMM_MEMBERSHIP")
class Membership {

    static final int TIER = 1;

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

    @Column(name = "TIER_SLOT")
    private Integer tierSlot;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "SINCE", nullable = false)
    private Instant since;

    protected Membership() {
    }

    Membership(long customerId, MemberGroup group, Instant since) {
        this.storeCode = group.getStoreCode();
        this.customerId = customerId;
        this.group = group;
        this.tierSlot = group.isTier() ? TIER : null;
        this.since = since;
    }

    void moveTo(MemberGroup tier, Instant now) {
        this.group = tier;
        this.since = now;
    }

    Long getCustomerId() {
        return customerId;
    }

    MemberGroup getGroup() {
        return group;
    }

    Instant getSince() {
        return since;
    }
}
