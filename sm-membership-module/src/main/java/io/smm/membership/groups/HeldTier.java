package io.smm.membership.groups;

import java.util.Optional;

/**
 * A customer's tier as locked for a move ({@link TierPlacement#lockTierOf}): their tier row if they have one, and
 * the tier it stands for (the default tier when they have no row; none when the store has no tiers).
 */
public final class HeldTier {

    final Optional<Membership> row;
    private final MemberGroup tier;

    HeldTier(Optional<Membership> row, MemberGroup tier) {
        this.row = row;
        this.tier = tier;
    }

    /** The tier held, or null when the store has no default tier and the customer no tier row. */
    public MemberGroup tier() {
        return tier;
    }
}
