package io.smm.membership.tiers;

import java.time.Instant;

import io.smm.membership.groups.GroupChange;

/** An owner's move of a member to a tier by hand, optionally pinned there (no automatic move) until a moment. */
public class TierAssignment extends GroupChange {

    private Instant pinnedUntil;

    public Instant getPinnedUntil() {
        return pinnedUntil;
    }

    public void setPinnedUntil(Instant pinnedUntil) {
        this.pinnedUntil = pinnedUntil;
    }
}
