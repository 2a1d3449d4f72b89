package io.smm.membership.points;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.smm.membership.jobs.JobLeaseTaker;

/**
 * Expires what remains of lots past their expiry, on one node at a time (the {@value #JOB} lease), batch by batch
 * through the ledger, which locks each batch's accounts first like any movement. The balance shown leaves expired
 * points out before this runs; the job makes the ledger say so.
 */
public class PointsExpiry {

    static final String JOB = "points-expiry";
    private static final Logger LOGGER = LoggerFactory.getLogger(PointsExpiry.class);
    private static final Duration LEASE = Duration.ofMinutes(10);
    static final int BATCH = 500;

    private final PointsLedger ledger;
    private final JobLeaseTaker leases;
    private final Clock clock;

    PointsExpiry(PointsLedger ledger, JobLeaseTaker leases, Clock clock) {
        this.ledger = ledger;
        this.leases = leases;
        this.clock = clock;
    }

    /** Expires every lot due now; how many it expired, or -1 when another node is running the job. */
    public int expireDue() {
        return expireDue(clock.instant());
    }

    /** {@link #expireDue()} as if it were {@code now}. */
    int expireDue(Instant now) {
        if (!leases.take(JOB, LEASE)) {
            return -1;
        }
        int expired = 0;
        try {
            for (PointsLedger.ExpiryBatch batch = ledger.expireDue(now, BATCH, 0); batch.lastLotId() >= 0;
                    batch = ledger.expireDue(now, BATCH, batch.lastLotId())) {
                expired += batch.expired();
                if (!leases.take(JOB, LEASE)) {
                    break;
                }
            }
        } finally {
            leases.release(JOB);
        }
        if (expired > 0) {
            LOGGER.info("Expired the points left in {} lots", expired);
        }
        return expired;
    }
}
