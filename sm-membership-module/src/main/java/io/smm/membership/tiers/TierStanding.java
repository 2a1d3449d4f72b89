package io.smm.membership.tiers;

import java.time.Instant;

import io.smm.membership.groups.CustomerStanding;

/**
 * Where a customer stands on the ladder: their tier, whether an owner pinned it until a date, and since when
 * their spend has been below the tier's keep threshold (the start of a grace period), if it is.
 */
final class TierStanding {

    final long tierGroupId;
    final Instant pinnedUntil;
    final Instant fellBelowAt;

    /** The standing of a customer in a tier, from their standing row, if they have one. */
    static TierStanding of(long tierGroupId, CustomerStanding row) {
        return row == null ? new TierStanding(tierGroupId, null, null)
                : new TierStanding(tierGroupId, row.getPinnedUntil(), row.getFellBelowAt());
    }

    TierStanding(long tierGroupId, Instant pinnedUntil, Instant fellBelowAt) {
        this.tierGroupId = tierGroupId;
        this.pinnedUntil = pinnedUntil;
        this.fellBelowAt = fellBelowAt;
    }

    boolean isPinnedAt(Instant now) {
        return pinnedUntil != null && now.isBefore(pinnedUntil);
    }
}
