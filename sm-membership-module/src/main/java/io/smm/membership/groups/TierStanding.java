package io.smm.membership.groups;

import java.time.Instant;

/**
 * Where a customer stands on the ladder: their tier, whether an owner pinned it until a date, and since when
 * their spend has been below the tier's keep threshold (the start of a grace period), if it is.
 */
final class TierStanding {

    final long tierGroupId;
    final Instant pinnedUntil;
    final Instant fellBelowAt;

    TierStanding(long tierGroupId, Instant pinnedUntil, Instant fellBelowAt) {
        this.tierGroupId = tierGroupId;
        this.pinnedUntil = pinnedUntil;
        this.fellBelowAt = fellBelowAt;
    }

    boolean isPinnedAt(Instant now) {
        return pinnedUntil != null && now.isBefore(pinnedUntil);
    }
}
