package io.smm.membership.jobs;

import java.time.Instant;
import java.util.function.ToIntFunction;

/**
 * The holds of one feature's checkouts that never finished (a node died between the hold and the order), which
 * {@link HoldSweeper} has the feature release once they have expired, under the feature's own lease.
 */
public final class ExpiredHolds {

    private final String lease;
    private final ToIntFunction<Instant> releaseBatch;

    /**
     * @param lease the job's row in {@code SMM_JOB_LEASE} that one node at a time holds while it sweeps these holds
     * @param releaseBatch releases a batch of the holds expired by the given time, each in a transaction of its own:
     *        how many it released, 0 when none was left
     */
    public ExpiredHolds(String lease, ToIntFunction<Instant> releaseBatch) {
        this.lease = lease;
        this.releaseBatch = releaseBatch;
    }

    public String lease() {
        return lease;
    }

    int releaseBatch(Instant now) {
        return releaseBatch.applyAsInt(now);
    }
}
