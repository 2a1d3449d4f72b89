package io.smm.membership.segments;

import java.math.BigDecimal;
import java.time.Instant;

/** One member of a segment as the list and its CSV show them; figures as of the last RFM run. */
public final class SegmentMember {

    private final long customerId;
    private final String name;
    private final String email;
    private final String tier;
    private final String rfmSegment;
    private final BigDecimal lifetimeSpend;
    private final int lifetimeOrders;
    private final Instant lastOrderAt;

    SegmentMember(long customerId, String name, String email, String tier, String rfmSegment,
            BigDecimal lifetimeSpend, int lifetimeOrders, Instant lastOrderAt) {
        this.customerId = customerId;
        this.name = name;
        this.email = email;
        this.tier = tier;
        this.rfmSegment = rfmSegment;
        this.lifetimeSpend = lifetimeSpend;
        this.lifetimeOrders = lifetimeOrders;
        this.lastOrderAt = lastOrderAt;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    /** The member's tier code; the default tier's when they have no tier row. */
    public String getTier() {
        return tier;
    }

    /** The RFM segment code; null when not scored (no paid order in the window). */
    public String getRfmSegment() {
        return rfmSegment;
    }

    public BigDecimal getLifetimeSpend() {
        return lifetimeSpend;
    }

    public int getLifetimeOrders() {
        return lifetimeOrders;
    }

    public Instant getLastOrderAt() {
        return lastOrderAt;
    }
}
