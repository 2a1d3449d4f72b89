package io.smm.membership.points;

import java.time.Instant;
import java.util.List;

/** The expiry's writes for a whole batch of lots, a few statements a batch (docs/points.md#movements). */
interface MembershipPointsLotExpiries {

    /**
     * Expires what remains of those of the lots that are due at {@code now}, in the caller's transaction, which has
     * locked their accounts: locks the lots, writes one EXPIRE entry and lot move per lot, empties the lots and takes
     * their points off the balances. How many lots it expired.
     */
    int expireLocked(List<Long> lotIds, Instant now);
}
