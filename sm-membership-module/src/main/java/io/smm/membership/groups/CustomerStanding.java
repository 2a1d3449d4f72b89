package io.smm.membership.groups;

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
 * A customer's place between tier evaluations: a pin set by the owner, the start of a grace period. The row is
 * also what evaluations of one customer lock, so that two of them never count spend at the same time.
 */
@Entity(name = "SmmCustomerStanding")
@Table(name = "SMM_TIER_STANDING")
public class CustomerStanding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "PINNED_UNTIL")
    private Instant pinnedUntil;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "FELL_BELOW_AT")
    private Instant fellBelowAt;

    protected CustomerStanding() {
    }

    CustomerStanding(String storeCode, long customerId) {
        this.storeCode = storeCode;
        this.customerId = customerId;
    }

    /**
     * Records what an evaluation decided about the grace period: since when the spend has been below the tier's
     * keep threshold, or null when it is not (any more).
     */
    public void fellBelowSince(Instant since) {
        fellBelowAt = since;
    }

    /** Pins the tier until then (null: not pinned); a grace period under way ends, as the owner decided. */
    public void pinUntil(Instant until) {
        pinnedUntil = until;
        fellBelowAt = null;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Instant getPinnedUntil() {
        return pinnedUntil;
    }

    public Instant getFellBelowAt() {
        return fellBelowAt;
    }
}
