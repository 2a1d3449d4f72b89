package io.smm.membership.tiers;

import java.time.Instant;

/**
 * A customer's tier moved by a tier rule: published after the move committed, on the thread that made it, for a
 * shop to e-mail the customer, say. Listen with {@code @EventListener(TierChanged.class)}.
 */
public final class TierChanged {

    /** How the customer moved. */
    public enum Kind { UPGRADE, EXPRESS, DOWNGRADE }

    private final String storeCode;
    private final long customerId;
    private final String fromTier;
    private final String toTier;
    private final Kind kind;
    private final Instant changedAt;

    TierChanged(String storeCode, long customerId, String fromTier, String toTier, Kind kind, Instant changedAt) {
        this.storeCode = storeCode;
        this.customerId = customerId;
        this.fromTier = fromTier;
        this.toTier = toTier;
        this.kind = kind;
        this.changedAt = changedAt;
    }

    public String storeCode() {
        return storeCode;
    }

    public long customerId() {
        return customerId;
    }

    public String fromTier() {
        return fromTier;
    }

    public String toTier() {
        return toTier;
    }

    public Kind kind() {
        return kind;
    }

    public Instant changedAt() {
        return changedAt;
    }

    @Override
    public String toString() {
        return kind + " of customer " + customerId + " in store " + storeCode + ": " + fromTier + " -> " + toTier;
    }
}
